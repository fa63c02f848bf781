using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Names standing alone in a signature or contact block: a line or field that holds only a name,
/// next to other personal data (an address, phone or e-mail on the same or a neighbouring line),
/// or closing the comment after よろしくお願いします / 以上.
/// </summary>
internal static class SignatureFields
{
    private static readonly string[] ContactWords = ["TEL", "Tel", "電話", "携帯", "連絡先", "E-mail", "メール", "FAX", "〒", "住所", "郵便番号"];
    private static readonly string[] Closings = ["よろしく", "宜しく", "以上", "お願いいたします", "お願いします", "敬具"];

    public static IEnumerable<(int Start, int End)> Find(PiiText text, IReadOnlyList<PiiSpan> others)
    {
        var s = text.Text;
        var fieldStart = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            var boundary = i == s.Length || IsSeparator(s[i]) || others.Any(o => o.Start == i || o.End == i);
            if (!boundary) continue;
            if (Candidate(text, fieldStart, i, others) is { } name) yield return name;
            fieldStart = i < s.Length && IsSeparator(s[i]) ? i + 1 : i;
            var inside = others.FirstOrDefault(o => o.Start == i);
            if (inside is not null) { fieldStart = inside.End; i = inside.End - 1; }
        }
    }

    private static bool IsSeparator(char c) => c is '\n' or '\r' or '\t' or '（' or '）' or '(' or ')' or '／' or '/' or '：' or ':' or '】' or '【' or '、' or '，' or ',' or '｜' or '］' or '［' or '。' or '」' or '』' or '！' or '？';

    private static (int Start, int End)? Candidate(PiiText text, int start, int end, IReadOnlyList<PiiSpan> others)
    {
        var s = text.Text;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        if (end - start < 2 || end - start > 12) return null;
        if (NameShape.Before(s, end) is not { } n || n.Start != start) return null;
        var lineStart = s.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0) lineStart = 0;
        var lineEnd = s.IndexOf('\n', end) is var e and >= 0 ? e : s.Length;
        var prevStart = lineStart >= 2 ? s.LastIndexOf('\n', lineStart - 2) + 1 : lineStart;
        var nextEnd = lineEnd < s.Length && s.IndexOf('\n', lineEnd + 1) is var e2 and >= 0 ? e2 : s.Length;
        var near = others.Any(o => o.Start < nextEnd && o.End > prevStart && o.Kind != PiiKind.Birth)
            || ContactWords.Any(w => s.AsSpan(prevStart, nextEnd - prevStart).Contains(w, StringComparison.Ordinal));
        var closing = Closings.Any(w => s.AsSpan(prevStart, lineStart - prevStart).Contains(w, StringComparison.Ordinal));
        var wholeLine = s.AsSpan(lineStart, lineEnd - lineStart).Trim().Length == end - start;
        var adjacent = others.Any(o => Math.Abs(o.End - start) <= 2 || Math.Abs(end - o.Start) <= 2);
        if (!(near || closing && wholeLine)) return null;
        return Plausible(text, start, end, adjacent) ? (start, end) : null;
    }

    private static bool Plausible(PiiText text, int start, int end, bool adjacent)
    {
        var value = text.Text[start..end];
        if (!NameFilter.Plausible(text, start, end, adjacent ? Cue.Strong : Cue.Field)) return false;
        return adjacent || value.Any(IsSpace) || text.HasPersonName(start, end) || NameLexicon.IsNameLike(value) || NameFilter.LooksLikeRomaji(value)
            || value.All(c => IsKatakana(c) || IsSpace(c)) || !text.HasMeCab;
    }
}
