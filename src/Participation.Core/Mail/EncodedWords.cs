using System.Text;

namespace Participation.Core.Mail;

/// <summary>
/// RFC 2047 encoded-words (<c>=?utf-8?B?…?=</c>) for header text that is not plain ASCII: each word at most
/// 60 characters (under the 75 allowed, so a folded line stays under 78), split only between characters.
/// </summary>
internal static class EncodedWords
{
    // 36 bytes of UTF-8 → 48 characters of base64 → a 60-character word.
    private const int BytesPerWord = 36;

    public static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
            if (c < 0x20 || c > 0x7e) return true;
        return false;
    }

    /// <summary>Appends the words separated by a fold (CRLF and a space), which a reader drops between words.</summary>
    public static void Append(StringBuilder header, string text)
    {
        Span<byte> bytes = stackalloc byte[BytesPerWord];
        var used = 0;
        var first = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > BytesPerWord)
            {
                Word(header, bytes[..used], ref first);
                used = 0;
            }
            used += rune.EncodeToUtf8(bytes[used..]);
        }
        if (used > 0 || first) Word(header, bytes[..used], ref first);
    }

    private static void Word(StringBuilder header, ReadOnlySpan<byte> bytes, ref bool first)
    {
        if (!first) header.Append("\r\n ");
        first = false;
        header.Append("=?utf-8?B?").Append(Convert.ToBase64String(bytes)).Append("?=");
    }
}
