using System.Reflection;

namespace Participation.Core.Modules;

/// <summary>
/// Finds every module assembly the application ships with (any <c>Participation.*</c> library
/// carrying a <see cref="ModuleAttribute"/>), whether or not the deployer enabled it.
/// </summary>
public static class InstalledModules
{
    private static readonly Lazy<IReadOnlyList<ModuleDescriptor>> All = new(Discover);

    public static IReadOnlyList<ModuleDescriptor> Descriptors => All.Value;

    private static IReadOnlyList<ModuleDescriptor> Discover()
    {
        // Every module ships as Participation.<Name>.dll beside the host.
        var names = Directory.EnumerateFiles(AppContext.BaseDirectory, "Participation.*.dll")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>();
        var assemblies = names.Select(TryLoad).OfType<Assembly>()
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Participation.") == true))
            .Distinct();
        var found = new List<ModuleDescriptor>();
        foreach (var assembly in assemblies)
        {
            var manifest = assembly.GetCustomAttribute<ModuleAttribute>();
            if (manifest is null) continue;
            var startup = assembly.GetTypes().FirstOrDefault(t => typeof(ModuleStartup).IsAssignableFrom(t) && !t.IsAbstract)
                ?? throw new InvalidOperationException($"Module '{manifest.Name}' has no Startup class deriving from ModuleStartup.");
            found.Add(new ModuleDescriptor(manifest.Name, manifest.Description, manifest.Dependencies, assembly, startup));
        }
        return found.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    private static Assembly? TryLoad(string name)
    {
        try { return Assembly.Load(new AssemblyName(name)); }
        catch (FileNotFoundException) { return null; }
    }
}
