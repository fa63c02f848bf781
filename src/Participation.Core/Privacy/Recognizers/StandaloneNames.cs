using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Names written with no cue word, found by where they stand: a line that is only a name (a signature:
/// 「加納和也」「（青田智也）」「青山　晃」), the end of a line after its last sentence or after a place or
/// organisation and a space (「…べきである。　工藤 真綾」「神戸市灘区 浜田幹」), and a name in brackets
/// right after a phone number or e-mail (「053(391)1830（大垣）」). Position is weak evidence, so the
/// piece must be shaped like family + given name (<see cref="FullName"/>) — except in the bracket after
/// contact data, where a family name alone is the usual form.
/// </summary>
internal static class StandaloneNames
{
    public static IEnumerable<(int Start, int End)> Find(PiiText text, IReadOnlyList<PiiSpan> others)
    {
        var s = text.Text;
        var result = new List<(int, int)>();
        var lineStart = 0;
        while (lineStart <= s.Length)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = s.Length;
            foreach (var (start, end) in Candidates(s, lineStart, lineEnd))
                if (end - start >= 2 && end - start <= (IsLatin(s[start]) ? 24 : 12) && !NameFilter.Excluded(s[start..end]) && FullName.Is(text, start, end))
                    result.Add((start, end));
            lineStart = lineEnd + 1;
        }
        foreach (var contact in others.Where(o => o.Kind is PiiKind.Phone or PiiKind.Email))
            if (BracketAfter(s, contact.End) is { } name && NameAfterContact(text, name.Start, name.End))
                result.Add(name);
        return result;
    }

    private static IEnumerable<(int Start, int End)> Candidates(string s, int lineStart, int lineEnd)
    {
        var (a, b) = Trim(s, lineStart, lineEnd);
        if (b - a < 2) yield break;
        if (s[b - 1] == '拝') (a, b) = Trim(s, a, b - 1);
        if (b - a >= 4 && s[a] is '（' or '(' && s[b - 1] is '）' or ')') (a, b) = Trim(s, a + 1, b - 1);
        yield return (a, b);
        // The tail after the line's last sentence, or after the last space (a place or organisation before it).
        var sentence = s.LastIndexOfAny(['。', '！', '？', '」'], b - 1, b - a);
        if (sentence >= a) yield return Trim(s, sentence + 1, b);
        // A name in brackets closing the line: 「…同様です。） （西之園　真綾）」.
        if (s[b - 1] is '）' or ')' && s.LastIndexOfAny(['（', '('], b - 1, b - a) is var open && open >= a && b - open - 2 is >= 2 and <= 12)
            yield return Trim(s, open + 1, b - 1);
        var space = LastSpace(s, a, b);
        if (space > a)
        {
            yield return Trim(s, space + 1, b);
            var before = LastSpace(s, a, space);
            if (before > a && space - before > 1) yield return Trim(s, before + 1, b);
        }
    }

    private static int LastSpace(string s, int from, int to)
    {
        for (var i = to - 1; i > from; i--) if (IsSpace(s[i])) return i;
        return -1;
    }

    private static (int, int) Trim(string s, int a, int b)
    {
        while (a < b && (IsSpace(s[a]) || s[a] == '\r')) a++;
        while (b > a && (IsSpace(s[b - 1]) || s[b - 1] == '\r')) b--;
        return (a, b);
    }

    private static (int Start, int End)? BracketAfter(string s, int at)
    {
        while (at < s.Length && IsSpace(s[at])) at++;
        if (at >= s.Length || s[at] is not ('（' or '(')) return null;
        var close = s.IndexOfAny(['）', ')'], at + 1);
        if (close < 0 || close - at - 1 is < 1 or > 20) return null;
        var (a, b) = Trim(s, at + 1, close);
        return b > a && s[a..b].All(c => IsNameChar(c) || IsSpace(c)) ? (a, b) : null;
    }

    // 「（大垣）」 after a phone number is the person to ask for; 「（自宅）」「（平日のみ）」 are not.
    private static bool NameAfterContact(PiiText text, int start, int end)
    {
        var value = text.Text[start..end];
        if (NameFilter.Excluded(value)) return false;
        if (FullName.Is(text, start, end) || Surnames.Contains(value) || FullName.Family(value)) return true;
        if (value.All(c => IsHiragana(c) || IsKatakana(c))) return value.Length is >= 2 and <= 6;
        if (value.All(IsLatin)) return value.Length >= 2 && char.IsUpper(value[0]) && Romaji.CouldBeJapanese(value);
        var reading = NameLexicon.Read(value);
        return reading.HasFlag(NameReading.Proper) || reading.HasFlag(NameReading.NameLike);
    }
}
