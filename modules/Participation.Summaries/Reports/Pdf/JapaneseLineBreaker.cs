namespace Participation.Summaries.Reports.Pdf;

/// <summary>
/// Breaks Japanese (and mixed Latin) text into lines no wider than a cell, following the basic 禁則処理
/// of JIS X 4051: closing brackets, small kana and punctuation never start a line, opening brackets never
/// end one (the character is pushed to the next line, 追い出し, so nothing hangs outside the cell), and
/// Latin words and numbers are not split unless a single word is wider than the line.
/// </summary>
public static class JapaneseLineBreaker
{
    /// <summary>行頭禁則: may not begin a line.</summary>
    private const string NoStart = "、。，．・：；？！ー）」』】〕〉》］｝〙〗’”ゝゞ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ‐゠–〜～!),.:;?]}%";
    /// <summary>行末禁則: may not end a line.</summary>
    private const string NoEnd = "（「『【〔〈《［｛〘〖‘“([{¥$＄￥";

    public static IReadOnlyList<string> Break(string text, double width, Func<char, double> charWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
            BreakParagraph(paragraph, width, charWidth, lines);
        return lines;
    }

    private static void BreakParagraph(string text, double width, Func<char, double> charWidth, List<string> lines)
    {
        var start = 0;
        if (text.Length == 0) { lines.Add(""); return; }
        while (start < text.Length)
        {
            var end = start;
            var used = 0.0;
            while (end < text.Length && (end == start || used + charWidth(text[end]) <= width)) used += charWidth(text[end++]);
            if (end >= text.Length) { lines.Add(text[start..]); return; }
            var cut = end;
            while (cut > start + 1 && !CanBreak(text, cut)) cut--;
            if (cut <= start + 1 && !CanBreak(text, cut)) cut = end;
            lines.Add(text[start..cut].TrimEnd(' '));
            start = cut;
            while (start < text.Length && text[start] == ' ') start++;
        }
    }

    /// <summary>Whether a line may end before <paramref name="i"/>.</summary>
    public static bool CanBreak(string text, int i)
    {
        if (i <= 0 || i >= text.Length) return true;
        char before = text[i - 1], after = text[i];
        if (char.IsHighSurrogate(before)) return false;
        if (NoStart.Contains(after) || NoEnd.Contains(before)) return false;
        return !(IsWordChar(before) && IsWordChar(after));
    }

    private static bool IsWordChar(char c) => c < 0x80 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '@' or '.' or ':');
}
