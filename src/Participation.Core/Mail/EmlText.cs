using System.Globalization;
using System.Text;

namespace Participation.Core.Mail;

/// <summary>
/// Writes a plain-text mail as RFC 5322 / MIME text without building a MIME tree: CRLF line ends, an encoded-word
/// Subject when it is not plain ASCII, a UTF-8 body sent as 8bit (readable as it is in the file). What this
/// simple form cannot carry — an address with a display name or odd characters, a body line over 998 bytes, a
/// bare CR or NUL — is left to MimeKit (<see cref="TryBuild"/> returns null).
/// </summary>
internal sealed class EmlText(MailOptions options)
{
    private const int MaxLineBytes = 998;
    private readonly string? fromLine = FromLine(options);
    private readonly string idDomain = MimeMessageFactory.MessageIdDomain(options);

    public byte[]? TryBuild(MailMessage message, DateTimeOffset date, Guid id)
    {
        if (fromLine is null || !IsPlainAddress(message.To) || !BodyFits(message.TextBody)) return null;
        var text = new StringBuilder(256 + message.Subject.Length * 2 + message.TextBody.Length);
        text.Append(fromLine);
        text.Append("Date: ").Append(date.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture)).Append("\r\n");
        text.Append("Subject: ");
        if (NeedsWords(message.Subject)) EncodedWords.Append(text, message.Subject);
        else text.Append(message.Subject);
        text.Append("\r\n");
        text.Append("Message-Id: <").Append(id.ToString("N")).Append('@').Append(idDomain).Append(">\r\n");
        text.Append("To: ").Append(message.To).Append("\r\n");
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\n");
        text.Append("Content-Transfer-Encoding: ").Append(Ascii(message.TextBody) ? "7bit" : "8bit").Append("\r\n\r\n");
        AppendBody(text, message.TextBody);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The From header, the same for every mail; null when the configured address needs MimeKit.</summary>
    private static string? FromLine(MailOptions options)
    {
        if (!IsPlainAddress(options.From)) return null;
        var name = options.FromName;
        if (string.IsNullOrEmpty(name)) return $"From: {options.From}\r\n";
        var header = new StringBuilder("From: ");
        if (NeedsWords(name)) EncodedWords.Append(header, name);
        else header.Append('"').Append(name.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
        return header.Append("\r\n <").Append(options.From).Append(">\r\n").ToString();
    }

    private static bool NeedsWords(string text) => EncodedWords.NeedsEncoding(text) || text.Length > 60 || text.Contains("=?");

    /// <summary>local@domain in printable ASCII with none of the characters that would need quoting.</summary>
    private static bool IsPlainAddress(string address)
    {
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@') || at == address.Length - 1 || address.Length > 254) return false;
        foreach (var c in address)
            if (c <= 0x20 || c >= 0x7f || "<>()[]\\,;:\"".Contains(c)) return false;
        return true;
    }

    /// <summary>No NUL or lone CR, and no line longer than SMTP allows once written with CRLF.</summary>
    private static bool BodyFits(string body)
    {
        var lineBytes = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n') { lineBytes = 0; continue; }
            if (c == '\0') return false;
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n') continue;
                return false;
            }
            lineBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3;
            if (lineBytes > MaxLineBytes) return false;
        }
        return true;
    }

    private static bool Ascii(string text)
    {
        foreach (var c in text)
            if (c >= 0x80) return false;
        return true;
    }

    private static void AppendBody(StringBuilder text, string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) { text.Append(body, start, body.Length - start).Append("\r\n"); break; }
            var length = end - start - (end > start && body[end - 1] == '\r' ? 1 : 0);
            text.Append(body, start, length).Append("\r\n");
            start = end + 1;
        }
    }
}
