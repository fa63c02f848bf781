using System.Globalization;
using System.Text.RegularExpressions;
using Participation.Committees.Selection;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// Quotas as the secretariat types them, one per line: <c>Gender=女性:3-5</c> (field=value:min-max).
/// Field names are the profile fields (Gender, AgeBand, Ward, Occupation).
/// </summary>
public static partial class QuotaText
{
    [GeneratedRegex(@"^\s*(?<f>[A-Za-z]+)\s*=\s*(?<v>[^:]+?)\s*:\s*(?<min>\d+)\s*[-–〜~]\s*(?<max>\d+)\s*$")]
    private static partial Regex Line();

    /// <summary>The quotas, or the 1-based numbers of the lines that could not be read.</summary>
    public static (List<Quota> Quotas, List<int> BadLines) Parse(string? text)
    {
        var quotas = new List<Quota>();
        var bad = new List<int>();
        var lines = (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var m = Line().Match(lines[i]);
            if (!m.Success || !ProfileFields.All.Contains(m.Groups["f"].Value)) { bad.Add(i + 1); continue; }
            var min = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
            var max = int.Parse(m.Groups["max"].Value, CultureInfo.InvariantCulture);
            if (min > max) { bad.Add(i + 1); continue; }
            quotas.Add(new Quota(m.Groups["f"].Value, m.Groups["v"].Value, min, max));
        }
        return (quotas, bad);
    }
}
