using System.Text.RegularExpressions;
using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Dates of birth and ages of a person. A date is masked only when tied to a birth (生年月日, 生まれ,
/// 〜生, 誕生日); other dates (閣議決定, 提出日) stay. An age is masked when it describes someone
/// (（66歳）, 81歳の農業, 、34歳）), not in general statements (65歳以上, 18歳未満).
/// </summary>
public sealed partial class BirthRecognizer : IPiiRecognizer
{
    private const string N = "[0-9０-９一二三四五六七八九十〇元]";
    private const string Era = "(?:明治|大正|昭和|平成|令和|[MTSHRＭＴＳＨＲ][.．]?)";
    private const string Year = "(?:" + Era + Space + "?" + N + "{1,3}" + Space + "?年|" + Digit + "{4}" + Space + "?年)";
    private const string MonthDay = Space + "?" + N + "{1,3}" + Space + "?月(?:" + Space + "?" + N + "{1,3}" + Space + "?日)?";
    private const string Slashed = Digit + "{4}[/／.．-]" + Digit + "{1,2}[/／.．-]" + Digit + "{1,2}";
    private const string Date = "(?:" + Year + "(?:" + MonthDay + ")?|" + Slashed + ")";

    [GeneratedRegex("(?<date>" + Date + ")(?=" + Space + "?(?:生まれ|うまれ|生(?![産活物態涯徒])|の生まれ|誕生))")]
    private static partial Regex BeforeBorn();

    [GeneratedRegex(@"(?:生年月日|誕生日|生年|出生日|DOB|Date of birth)[\s:：は（(]*(?<date>" + Date + ")", RegexOptions.IgnoreCase)]
    private static partial Regex AfterLabel();

    [GeneratedRegex(NotDigitBefore + "(?<age>" + Digit + "{1,3}" + Space + "?[歳才])(?!以上|以下|未満|から|まで|代|前後|程度|くらい|ぐらい|頃|ころ|時|の時|のとき|になる|に|を|児|未|超|～|〜|~|-|－|以|ほど|年)")]
    private static partial Regex Age();

    [GeneratedRegex("[（(、,，・]" + Space + "*$")]
    private static partial Regex AgeLead();

    [GeneratedRegex("^(?:" + Space + "*[）)・、,，]|の(?!子ども|子供|方|人|高齢|頃|うち|人々|者))")]
    private static partial Regex AgeTrail();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        foreach (var regex in new[] { BeforeBorn(), AfterLabel() })
            foreach (Match m in regex.Matches(text.Text))
            {
                var g = m.Groups["date"];
                yield return new PiiSpan(g.Index, g.Length, PiiKind.Birth);
            }
        foreach (Match m in Age().Matches(text.Text))
        {
            var g = m.Groups["age"];
            var before = text.Text[Math.Max(0, g.Index - 3)..g.Index];
            var after = text.Text[(g.Index + g.Length)..Math.Min(text.Text.Length, g.Index + g.Length + 6)];
            var lineStart = g.Index == 0 || text.Text[g.Index - 1] == '\n';
            if (AgeLead().IsMatch(before) || AgeTrail().IsMatch(after) || lineStart)
                yield return new PiiSpan(g.Index, g.Length, PiiKind.Birth);
        }
    }
}
