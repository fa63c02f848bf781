using System.Text.RegularExpressions;
using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Postal codes after 〒 or 郵便番号, or a bare NNN-NNNN right before an address. Only the digits are
/// masked: the 〒 or label stays, so the reader still sees what was there.
/// </summary>
public sealed partial class PostalRecognizer : IPiiRecognizer
{
    private const string Code = Digit + "{3}" + Dash + "?" + Digit + "{4}";

    [GeneratedRegex("(?:〒|郵便番号|郵便|postal|ZIP|zip)" + @"[\s:：]*" + NotDigitBefore + "(?<code>" + Code + ")" + NotDigitAfter)]
    private static partial Regex Labelled();

    // 123-4567 then an address (prefecture or city) on the same line.
    [GeneratedRegex(NotDigitBefore + "(?<code>" + Digit + "{3}" + Dash + Digit + "{4})" + NotDigitAfter + "(?=" + Space + "*(?:東京都|北海道|大阪府|京都府|" + Kanji + "{2,3}県|" + Kanji + "{1,5}[市区町村]))")]
    private static partial Regex BeforeAddress();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        foreach (var regex in new[] { Labelled(), BeforeAddress() })
            foreach (Match m in regex.Matches(text.Text))
            {
                var g = m.Groups["code"];
                yield return new PiiSpan(g.Index, g.Length, PiiKind.Postal);
            }
    }
}
