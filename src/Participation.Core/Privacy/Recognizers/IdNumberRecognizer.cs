using System.Text.RegularExpressions;
using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// 12-digit individual numbers (マイナンバー), grouped 4-4-4 or run together. Accepted after a label
/// (個人番号, マイナンバー) or, without one, only when the check digit is right.
/// </summary>
public sealed partial class IdNumberRecognizer : IPiiRecognizer
{
    private const string Sep = "(?:" + Dash + "|" + Space + ")?";

    [GeneratedRegex(NotDigitBefore + Digit + "{4}" + Sep + Digit + "{4}" + Sep + Digit + "{4}" + NotDigitAfter)]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:個人番号|マイナンバー|ﾏｲﾅﾝﾊﾞｰ|My ?Number)(?:カード)?(?:の番号)?[\s:：は（(]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        foreach (Match m in Number().Matches(text.Text))
        {
            var digits = new string(m.Value.Where(char.IsDigit).Select(c => (char)('0' + char.GetNumericValue(c))).ToArray());
            var before = text.Text[Math.Max(0, m.Index - 16)..m.Index];
            if (Label().IsMatch(before) || IsValidCheckDigit(digits))
                yield return new PiiSpan(m.Index, m.Length, PiiKind.IdNumber);
        }
    }

    /// <summary>The マイナンバー check digit (総務省令): weights 2–7 then 2–6 from the right, modulus 11.</summary>
    public static bool IsValidCheckDigit(string digits)
    {
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = digits[11 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var r = sum % 11;
        var check = r <= 1 ? 0 : 11 - r;
        return digits[11] - '0' == check;
    }
}
