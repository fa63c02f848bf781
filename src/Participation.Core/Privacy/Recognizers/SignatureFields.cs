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
        var lines = new Lines(s, others);
        var starts = others.ToDictionary(o => o.Start, o => o.End);
        var ends = others.Select(o => o.End).ToHashSet();
        var result = new List<(int, int)>();
        var fieldStart = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            var isSeparator = i < s.Length && IsSeparator(s[i]);
            var opensSpan = starts.TryGetValue(i, out var spanEnd);
            if (!(i == s.Length || isSeparator || opensSpan || ends.Contains(i))) continue;
            if (i - fieldStart >= 2 && Candidate(text, fieldStart, i, others, lines) is { } name) result.Add(name);
            fieldStart = isSeparator ? i + 1 : i;
            if (opensSpan && spanEnd > i) { fieldStart = spanEnd; i = spanEnd - 1; }
        }
        return result;
    }

    private static bool IsSeparator(char c) => c is '\n' or '\r' or '\t' or '（' or '）' or '(' or ')' or '／' or '/' or '：' or ':' or '】' or '【' or '、' or '，' or ',' or '｜' or '］' or '［' or '。' or '」' or '』' or '！' or '？';

    private static (int Start, int End)? Candidate(PiiText text, int start, int end, IReadOnlyList<PiiSpan> others, Lines lines)
    {
        var s = text.Text;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        if (end - start < 2 || end - start > 12) return null;
        if (NameShape.Before(s, end) is not { } n || n.Start != start) return null;
        var line = lines.IndexOf(start);
        var near = lines.Contact(line - 1) || lines.Contact(line) || lines.Contact(line + 1);
        var wholeLine = lines.Text(line).Trim().Length == end - start;
        if (!(near || wholeLine && lines.Closing(line - 1))) return null;
        var adjacent = others.Any(o => Math.Abs(o.End - start) <= 2 || Math.Abs(end - o.Start) <= 2);
        return Plausible(text, start, end, adjacent) ? (start, end) : null;
    }

    /// <summary>Per line of the text: whether it holds contact data, or closes the comment.</summary>
    private sealed class Lines
    {
        private readonly string text;
        private readonly List<int> starts = [0];
        private readonly bool[] contact;
        private readonly bool[] closing;

        public Lines(string text, IReadOnlyList<PiiSpan> others)
        {
            this.text = text;
            for (var i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
            contact = new bool[starts.Count];
            closing = new bool[starts.Count];
            for (var l = 0; l < starts.Count; l++)
            {
                var t = Text(l);
                contact[l] = ContactWords.Any(w => t.Contains(w, StringComparison.Ordinal));
                closing[l] = Closings.Any(w => t.Contains(w, StringComparison.Ordinal));
            }
            foreach (var o in others.Where(o => o.Kind != PiiKind.Birth)) contact[IndexOf(o.Start)] = true;
        }

        public int IndexOf(int position)
        {
            var i = starts.BinarySearch(position);
            return i >= 0 ? i : ~i - 1;
        }

        public string Text(int line) => line < 0 || line >= starts.Count ? "" :
            text[starts[line]..(line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length)];

        public bool Contact(int line) => line >= 0 && line < contact.Length && contact[line];

        public bool Closing(int line) => line >= 0 && line < closing.Length && closing[line];
    }

    private static bool Plausible(PiiText text, int start, int end, bool adjacent)
    {
        var value = text.Text[start..end];
        if (!NameFilter.Plausible(text, start, end, adjacent ? Cue.Strong : Cue.Field)) return false;
        return adjacent && !text.HasMeCab && value.All(IsKanji) || value.Any(IsSpace) || text.HasPersonName(start, end) || NameLexicon.IsNameLike(value) || NameFilter.LooksLikeRomaji(value)
            || value.All(c => IsKatakana(c) || IsSpace(c)) || !text.HasMeCab;
    }
}
