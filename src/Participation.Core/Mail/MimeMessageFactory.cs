using MimeKit;

namespace Participation.Core.Mail;

internal static class MimeMessageFactory
{
    public static MimeMessage Create(MailOptions options, MailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }
}
