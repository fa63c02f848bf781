using System.Text.RegularExpressions;
using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Japanese phone numbers: 03-1234-5678, (03)1234-5678, 03(1234)5678, 09012345678, 0120-…, +81 forms,
/// half- or full-width digits, dashes and brackets.
/// </summary>
public sealed partial class PhoneRecognizer : IPiiRecognizer
{
    private const string D = Digit;
    private const string Sep = "(?:" + Dash + "|" + Space + "|" + Dash + Space + ")";
    private const string Domestic =
        "(?:" + Open + Space + "?[0０]" + D + "{1,4}" + Space + "?" + Close + Space + "?" + D + "{1,4}" + Sep + "?" + D + "{3,4}"
        + "|[0０]" + D + "{1,4}" + Open + D + "{1,4}" + Close + D + "{3,4}"
        + "|[0０]" + D + "{1,4}" + Sep + D + "{1,4}" + Sep + D + "{3,4}"
        + "|[0０]" + D + "{9,10})";
    private const string International = "[+＋](?:81|８１)" + Sep + "?" + Open + "?[0０]?" + Close + "?" + D + "{1,4}" + Sep + "?" + D + "{1,4}" + Sep + "?" + D + "{3,4}";

    [GeneratedRegex(NotDigitBefore + "(?:" + International + "|" + Domestic + ")" + NotDigitAfter)]
    private static partial Regex Phone();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        foreach (Match m in Phone().Matches(text.Text))
        {
            var digits = m.Value.Count(char.IsDigit);
            if (digits is >= 9 and <= 13) yield return new PiiSpan(m.Index, m.Length, PiiKind.Phone);
        }
    }
}
