using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Participation.Core.Modules;

namespace Participation.Core.Localization;

/// <summary>
/// Every string a person reads, in Japanese and English side by side. Each assembly embeds
/// <c>Localization/*.strings.json</c>: <c>{ "Key": { "ja": "…", "en": "…" } }</c>.
/// Keys are global; a module prefixes its own (<c>Rounds.Title</c>).
/// </summary>
public sealed class TextCatalog
{
    public static readonly string[] Cultures = ["ja", "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> byCulture;

    public TextCatalog(IEnumerable<Assembly> assemblies)
    {
        var entries = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var culture in Cultures) entries[culture] = new(StringComparer.Ordinal);
        foreach (var assembly in assemblies.Distinct())
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".strings.json", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                var file = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)
                    ?? throw new InvalidDataException($"Empty string table {resource}.");
                foreach (var (key, texts) in file)
                    foreach (var (culture, text) in texts)
                        if (entries.TryGetValue(culture, out var table)) table[key] = text;
                        else throw new InvalidDataException($"{resource}: '{key}' has unknown culture '{culture}'.");
            }
        byCulture = entries.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Strings from Core, the host, the theme and every installed module.</summary>
    public static TextCatalog FromInstalledAssemblies(params Assembly[] extra) =>
        new(InstalledModules.Descriptors.Select(d => d.Assembly).Append(typeof(TextCatalog).Assembly).Concat(extra));

    public IEnumerable<string> Keys(string culture) => byCulture[culture].Keys;

    public string? Find(string key, string culture) =>
        byCulture.TryGetValue(Normalise(culture), out var table) && table.TryGetValue(key, out var text) ? text : null;

    public static string Normalise(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
}
