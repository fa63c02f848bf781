using System.Globalization;
using System.Text;

namespace Participation.Plans.Services;

/// <summary>
/// Reads a number as staff type it: full-width digits, thousands separators, and the KPI's own unit
/// after it ("1,234人", "８５％") are accepted; another unit ("85件" for a KPI in 人) is refused, so
/// a value typed into the wrong row is caught rather than stored.
/// </summary>
public static class KpiNumbers
{
    public enum Problem { None, Empty, NotANumber, WrongUnit, Negative, NotWhole }

    /// <summary>Units that count things: a value can be neither negative nor fractional.</summary>
    private static readonly HashSet<string> CountUnits = ["人", "件", "回", "か所", "箇所", "カ所", "ヶ所", "施設", "団体", "校", "園", "台", "本", "世帯", "社", "店舗", "戸", "棟"];

    public static (double Value, Problem Problem) Parse(string? text, string unit)
    {
        var s = (text ?? "").Normalize(NormalizationForm.FormKC).Trim();
        if (s.Length == 0) return (0, Problem.Empty);
        s = s.Replace(",", "").Replace(" ", "");
        var u = unit.Normalize(NormalizationForm.FormKC).Trim();
        if (u.Length > 0 && s.EndsWith(u, StringComparison.Ordinal)) s = s[..^u.Length];
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            // Digits followed by something else: most likely a different unit.
            return (0, s.Length > 0 && (char.IsAsciiDigit(s[0]) || s[0] == '-') && double.TryParse(LeadingNumber(s), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? Problem.WrongUnit : Problem.NotANumber);
        if (IsCount(u) && value < 0) return (value, Problem.Negative);
        if (IsCount(u) && value != Math.Floor(value)) return (value, Problem.NotWhole);
        if (IsPercent(u) && value < 0) return (value, Problem.Negative);
        return (value, Problem.None);
    }

    public static bool IsCount(string unit) => CountUnits.Contains(unit.Normalize(NormalizationForm.FormKC).Trim());

    public static bool IsPercent(string unit) => unit.Normalize(NormalizationForm.FormKC).Trim() == "%";

    public static string Format(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string LeadingNumber(string s)
    {
        var i = s[0] == '-' ? 1 : 0;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.')) i++;
        return s[..i];
    }

    /// <summary>The localisation key of a problem (its message takes the unit as {0}).</summary>
    public static string Key(Problem problem) => "Plans.Edit.Number." + problem;
}
