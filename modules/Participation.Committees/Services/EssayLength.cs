using System.Globalization;

namespace Participation.Committees.Services;

/// <summary>
/// Essay length as a Japanese reader counts it (文字数): one per user-perceived character (Unicode text element),
/// so full-width kana/kanji, surrogate pairs and combining marks each count once; line breaks do not count.
/// </summary>
public static class EssayLength
{
    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var normalized = text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        return new StringInfo(normalized).LengthInTextElements;
    }
}
