using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// How far a personal name reaches from a cue: family and given name in kanji, kana or romaji, with at
/// most one space between them (田中花子, 村山 さゆり, 坂本くみ子, タナカ　ミキ, Kondo Chiyo).
/// </summary>
internal static class NameShape
{
    private enum Script { None, Kanji, Hira, Kata, Latin }

    private static Script Of(char c) =>
        IsKanji(c) ? Script.Kanji : IsHiragana(c) ? Script.Hira : IsKatakana(c) || c == '・' ? Script.Kata : IsLatin(c) ? Script.Latin : Script.None;

    private const string Particles = "のはがをにとでもへや";

    private static readonly string[] LeadingParticles = ["の", "は", "が", "も", "を", "に", "と", "で"];

    /// <summary>The name ending at <paramref name="end"/> (exclusive), or null.</summary>
    public static (int Start, int End)? Before(string text, int end)
    {
        var blocks = new List<(int Start, int End, Script Script)>();
        var i = end;
        var spaces = 0;
        while (blocks.Count < 4 && i > 0)
        {
            if (blocks.Count > 0 && IsSpace(text[i - 1]))
            {
                // One space at most, between family and given name (田辺　くみ子).
                if (spaces++ == 1 || i < 2 || Of(text[i - 2]) == Script.None) break;
                i--;
            }
            var s = Of(text[i - 1]);
            if (s == Script.None) break;
            var j = i;
            while (j > 0 && Of(text[j - 1]) == s) j--;
            blocks.Add((j, i, s));
            i = j;
        }
        return Best(text, blocks, end);
    }

    private static (int, int)? Best(string text, List<(int Start, int End, Script Script)> blocks, int end)
    {
        if (blocks.Count == 0) return null;
        // Try the longest acceptable combination of trailing blocks.
        for (var n = blocks.Count; n >= 1; n--)
        {
            var used = blocks.Take(n).Reverse().ToList();
            var pattern = Pattern(used);
            var start = used[0].Start;
            if (pattern == "KH")
            {
                // 高橋さゆり: kanji family, kana given, no space — only with a known family name (not 担当のなかむら).
                var family = Surnames.SuffixStart(text, used[0].Start, used[0].End);
                // 早瀬かおる: a whole kanji block of two or three that MeCab knows as a surname or proper noun also opens a name.
                if (family < 0 && used[0].End - used[0].Start is 2 or 3
                    && NameLexicon.Read(text[used[0].Start..used[0].End]) is var reading
                    && (reading.HasFlag(NameReading.Surname) || reading.HasFlag(NameReading.Proper)))
                    family = used[0].Start;
                if (family < 0 || used[1].End - used[1].Start is < 2 or > 4 || Particles.Contains(text[used[1].Start])
                    || !FullName.Given(text[used[1].Start..used[1].End])) continue;
                start = family;
            }
            else if (!Allowed(pattern)) continue;
            if (n > 1 && used.Any(b => b.Script == Script.Hira && b.End - b.Start < 2)) continue;
            // 娘のくみ子: a kana block opening with a particle after kanji starts the name after the particle.
            if (used.Skip(1).Any(b => b.Script == Script.Hira && b.End - b.Start > 2 && !IsSpace(text[b.Start - 1]) && LeadingParticles.Any(p => text[b.Start] == p[0]))) continue;
            if (n > 1 && used.Take(n - 1).Any(b => b.Script == Script.Hira && Particles.Contains(text[b.End - 1]) && !IsSpace(text[b.End]))) continue;
            if (used[0].Script == Script.Hira && used[0].End - start > 2 && start > 0 && !IsSpace(text[start - 1]))
                foreach (var p in LeadingParticles)
                    if (text.AsSpan(start).StartsWith(p)) { start += p.Length; break; }
            var length = end - start;
            var letters = text[start..end].Count(c => !IsSpace(c));
            var latin = used.All(b => b.Script == Script.Latin);
            if (letters < 1 || letters > (latin ? 22 : 10) || length > (latin ? 24 : 12)) continue;
            if (used.Any(b => b.Script == Script.Kanji && b.End - b.Start > 6)) continue;
            return (start, end);
        }
        return null;
    }

    private static char Letter(Script s) => s switch { Script.Kanji => 'K', Script.Hira => 'H', Script.Kata => 'T', Script.Latin => 'L', _ => '?' };

    // Scripts of the blocks in order, with s where a space separates two of them: KsHK for 田辺　くみ子.
    private static string Pattern(List<(int Start, int End, Script Script)> used) =>
        string.Concat(used.Select((b, k) => (k > 0 && used[k - 1].End < b.Start ? "s" : "") + Letter(b.Script)));

    private static bool Allowed(string pattern) => pattern is
        "K" or "H" or "T" or "L" or "KsK" or "HsH" or "TsT" or "LsL" or "KsH" or "HsK" or "KHK" or "HK" or "KsHK" or "HsHK";

    /// <summary>The name starting at <paramref name="start"/>, stopping before honorifics, particles and labels.</summary>
    public static (int Start, int End)? After(string text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 10 && Of(text[i]) != Script.None) i++;
        var end = TrimSuffix(text, start, i);
        if (end == i && i + 1 < text.Length && IsSpace(text[i]) && Of(text[i + 1]) != Script.None)
        {
            var j = i + 1;
            while (j < text.Length && Of(text[j]) != Script.None) j++;
            var second = TrimSuffix(text, i + 1, j);
            var longest = IsLatin(text[i + 1]) ? 10 : 5;
            if (second - (i + 1) >= 1 && second - (i + 1) <= longest && !StartsWithLabel(text, i + 1)) end = second;
        }
        var letters = text[start..end].Count(c => !IsSpace(c));
        return letters is >= 1 and <= 12 ? (start, end) : null;
    }

    private static readonly string[] Labels = ["個人番号", "マイナンバー", "生年月日", "住所", "連絡先", "電話", "携帯", "所属", "メール", "年齢", "職業", "TEL", "FAX"];

    private static bool StartsWithLabel(string text, int at) => Labels.Any(l => text.AsSpan(at).StartsWith(l));

    private static readonly string[] Suffixes =
        ["さん", "さま", "様", "ちゃん", "くん", "君", "氏", "先生", "殿", "と申します", "といいます", "と言います", "です", "でした", "拝", "は", "が", "も", "の", "と", "より", "から", "に", "を"];

    private static int TrimSuffix(string text, int start, int end)
    {
        if (end - start < 2) return end;
        foreach (var s in Suffixes)
        {
            var from = start + 1;
            while (from < end)
            {
                var at = text.IndexOf(s, from, end - from, StringComparison.Ordinal);
                if (at < 0) break;
                // A one-letter particle ends a name only where kana follows kanji/katakana (佐藤は, not ちはる).
                if (s.Length > 1 || !IsHiragana(s[0]) || !IsHiragana(text[at - 1])) { end = at; break; }
                from = at + 1;
            }
        }
        while (end > start && IsSpace(text[end - 1])) end--;
        return end;
    }
}
