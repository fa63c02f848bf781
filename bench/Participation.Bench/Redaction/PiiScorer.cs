using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Participation.Bench.Redaction;

/// <summary>
/// The pii-dev scoring rules of shared/datasets/README.md: an item is caught when neither its value nor
/// any identifying part is left in the output (after NFKC, case-insensitive); preserved is the share of
/// ordinary gold text matched in order in the output, masks dropped from both.
/// </summary>
public sealed partial class PiiScorer
{
    private readonly Dictionary<string, (int Caught, int Total)> byType = new(StringComparer.Ordinal);
    private double preservedSum;
    private int rows;

    [GeneratedRegex("［[^［］]*］")]
    private static partial Regex Mask();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    public sealed record Item(string Type, string Value, string[] Parts);

    public static List<Item> ParseItems(string json) =>
        JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json).RootElement.EnumerateArray().Select(e => new Item(
            e.GetProperty("type").GetString() ?? "",
            e.GetProperty("value").GetString() ?? "",
            e.TryGetProperty("parts", out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [])).ToList();

    public void Add(string gold, string output, List<Item> items)
    {
        var norm = Normalize(output);
        var outDigits = string.Concat(Digits().Matches(norm).Select(m => m.Value));
        foreach (var item in items)
        {
            var caught = IsCaught(item, norm, outDigits);
            var (c, t) = byType.GetValueOrDefault(item.Type);
            byType[item.Type] = (c + (caught ? 1 : 0), t + 1);
        }
        var ordinary = gold;
        foreach (var item in items.Where(i => i.Value.Length > 0)) ordinary = ordinary.Replace(item.Value, "");
        ordinary = Mask().Replace(ordinary, "");
        var kept = Mask().Replace(output, "");
        preservedSum += ordinary.Length == 0 ? 1.0 : (double)SequenceMatcher.MatchedCount(ordinary, kept) / ordinary.Length;
        rows++;
    }

    public static bool IsCaught(Item item, string norm, string outDigits)
    {
        bool Left(string s) => s.Length > 0 && norm.Contains(Normalize(s), StringComparison.Ordinal);
        if (Left(item.Value)) return false;
        switch (item.Type)
        {
            case "name" or "address":
                return !item.Parts.Any(p => Normalize(p).Length >= 2 && Left(p));
            case "email":
                return !item.Parts.Any(Left);
            case "phone" or "postal" or "id_number":
                var digits = string.Concat(Digits().Matches(Normalize(item.Value)).Select(m => m.Value));
                if (digits.Length > 0 && outDigits.Contains(digits, StringComparison.Ordinal)) return false;
                var groups = item.Parts.Length > 0 ? item.Parts.Select(p => string.Concat(Digits().Matches(Normalize(p)).Select(m => m.Value))).ToArray()
                    : Digits().Matches(Normalize(item.Value)).Select(m => m.Value).ToArray();
                if (item.Type == "phone" && groups.Length > 1)
                {
                    var afterArea = string.Concat(groups.Skip(1));
                    if (afterArea.Length > 0 && outDigits.Contains(afterArea, StringComparison.Ordinal)) return false;
                    groups = groups.Skip(1).ToArray();
                }
                return !groups.Any(g => g.Length >= 4 && norm.Contains(g, StringComparison.Ordinal));
            default:
                return true;
        }
    }

    private static string Normalize(string s) => s.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public double Recall => byType.Values.Sum(v => v.Total) is var t and > 0 ? (double)byType.Values.Sum(v => v.Caught) / t : 1.0;

    public Dictionary<string, double> RecallByType => byType.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key, kv => (double)kv.Value.Caught / kv.Value.Total);

    public double Preserved => rows == 0 ? 1.0 : preservedSum / rows;
}
