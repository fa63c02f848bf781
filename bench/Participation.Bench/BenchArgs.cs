using System.Globalization;

namespace Participation.Bench;

/// <summary><c>--name value</c> and <c>--flag</c> options after the command name.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public BenchArgs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Unexpected argument '{list[i]}'.");
            var name = list[i][2..];
            var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? list[++i] : null;
        }
    }

    public bool Has(string name) => options.ContainsKey(name);

    public string Required(string name) =>
        options.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => options.TryGetValue(name, out var v) ? v : null;

    public int? Int(string name) => Optional(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;

    public double? Double(string name) => Optional(name) is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;
}
