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
        if (prepared) mime.Prepare(EncodingConstraint.EightBit);
        return mime;
    }
}
