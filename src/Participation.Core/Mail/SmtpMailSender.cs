using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Participation.Core.Mail;

/// <summary>Sends through the configured SMTP server; a batch shares one connection.</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default) =>
        SendManyAsync([message], null, cancellationToken);

    public async Task SendManyAsync(IReadOnlyList<MailMessage> messages, Action<int>? sent = null, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0) return;
        var o = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost!, o.SmtpPort, o.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(o.SmtpUser)) await client.AuthenticateAsync(o.SmtpUser, o.SmtpPassword ?? "", cancellationToken);
        for (var i = 0; i < messages.Count; i++)
        {
            await client.SendAsync(MimeMessageFactory.Create(o, messages[i]), cancellationToken);
            sent?.Invoke(i);
        }
        await client.DisconnectAsync(true, cancellationToken);
    }
}
