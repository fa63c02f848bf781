using System.Reflection;
using Participation.Bench;

var commands = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchCommand).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface)
    .Select(t => (IBenchCommand)Activator.CreateInstance(t)!)
    .ToDictionary(c => c.Name, StringComparer.Ordinal);

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: Participation.Bench COMMAND [options]");
    foreach (var c in commands.Values.OrderBy(c => c.Name)) Console.Error.WriteLine($"  {c.Name,-10} {c.Usage}");
    return 2;
}

try
{
    return await command.RunAsync(new BenchArgs(args.Skip(1)));
}
catch (Exception ex) when (ex is ArgumentException or FileNotFoundException or InvalidDataException)
{
    Console.Error.WriteLine($"{command.Name}: {ex.Message}");
    return 2;
}
