using MimeKit;

namespace Participation.Core.Mail;

internal static class MimeMessageFactory
{
    /// <param name="prepared">Encode the body for transport (quoted-printable or base64 where lines are too long).</param>
    public static MimeMessage Create(MailOptions options, MailMessage message, bool prepared = false)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        if (message.Identity is { } identity)
        {
            mime.MessageId = $"{identity.Id:N}@{MessageIdDomain(options)}";
            mime.Date = identity.Created;
        }
        if (prepared) mime.Prepare(EncodingConstraint.EightBit);
        return mime;
    }

    /// <summary>The part of Message-Id after the @: the sender address's domain.</summary>
    public static string MessageIdDomain(MailOptions options) =>
        options.From[(options.From.IndexOf('@') + 1)..] is { Length: > 0 } d ? d : "localhost";
}
