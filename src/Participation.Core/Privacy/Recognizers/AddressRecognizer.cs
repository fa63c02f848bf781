using System.Text.RegularExpressions;
using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Street addresses by Japanese address grammar: [都道府県] 市区町村 町名 丁目・番地・号 [building] [room].
/// A place named without a house number (東京都, 八王子市で) is ordinary text and stays; so does a
/// number with no place. After 住所 the town alone is enough.
/// </summary>
public sealed partial class AddressRecognizer : IPiiRecognizer
{
    private const string K = Kanji;
    private const string Pref = "(?:東京都|北海道|大阪府|京都府|" + K + "{2,3}県)";
    private const string City = "(?:(?:" + K + "{1,5}?|" + Hiragana + "{3,5})[市](?:" + K + "{1,4}?[区])?|" + K + "{1,5}?[郡](?:" + K + "{1,4}?[町村])?|" + K + "{1,4}?[区]|" + K + "{1,4}?[町村](?=" + K + "))";
    private const string Town = "(?:" + K + "|" + Hiragana + "|" + Katakana + "){1,10}?";
    private const string Num = "[0-9０-９一二三四五六七八九十〇百千]+";
    private const string Sep = "(?:丁目|番地の?|番|号|の|" + Dash + ")";
    // At least one separator, so a bare figure after a place name (東京都23区) is not an address.
    private const string Core = Num + "(?:" + Sep + Num + ")*(?:" + Sep + "(?:" + Num + ")?)";
    private const string Room = "(?:" + Space + "?(?:第" + Space + "?)?(?:[A-ZＡ-Ｚ]棟?)?[0-9０-９]+(?:号棟|棟|号室|号|階|F|Ｆ)?)";
    private const string BuildingName = "(?:" + Katakana + "{2,}|" + K + "{1,6}?(?:団地|荘|寮|ハイツ|マンション|住宅|ビル|コーポ|アパート))" + "(?:" + Katakana + "|" + K + ")*?(?:[A-ZＡ-Ｚ](?!棟))?";
    private const string Building = "(?:" + Space + "?" + BuildingName + Room + "*)";

    [GeneratedRegex("(?:" + Pref + Space + "?)?" + City + "+" + Town + Core + "(?!" + K + ")" + Building + "?" + Room + "*")]
    private static partial Regex Full();

    [GeneratedRegex("(?<=住所[:：]?[ 　]*(?:〒?" + Digit + "{3}" + Dash + "?" + Digit + "{4})?[ 　]*)" + Town + Core + "(?!" + K + ")" + Building + "?" + Room + "*")]
    private static partial Regex AfterLabel();

    // A house number (14番, 3-11, 二丁目) is where every address is; only text around one is searched.
    [GeneratedRegex("[0-9０-９](?:丁目|番|号|" + Dash + "[0-9０-９])|[一二三四五六七八九十]丁目")]
    private static partial Regex Anchor();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        var s = text.Text;
        var searchedTo = 0;
        var matches = new List<Match>();
        foreach (Match anchor in Anchor().Matches(s))
        {
            if (anchor.Index < searchedTo) continue;
            var from = Math.Max(searchedTo, anchor.Index - 40);
            var to = Math.Min(s.Length, anchor.Index + 80);
            foreach (var regex in new[] { Full(), AfterLabel() })
                matches.AddRange(regex.Matches(s[..to], from).Where(m => m.Index <= anchor.Index && m.Index + m.Length > anchor.Index));
            searchedTo = matches.Count > 0 ? Math.Max(anchor.Index + 1, matches.Max(m => m.Index + m.Length)) : anchor.Index + 1;
        }
        foreach (var m in matches)
            {
                var length = m.Length;
                while (length > 0 && IsSpace(s[m.Index + length - 1])) length--;
                yield return new PiiSpan(m.Index, length, PiiKind.Address);
            }
    }
}
