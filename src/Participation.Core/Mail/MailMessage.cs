namespace Participation.Core.Mail;

/// <summary>A plain-text mail to one recipient (receipts, confirmations, digests).</summary>
/// <param name="Identity">Set when the same mail may be sent again (a job retried after a crash): see <see cref="MailIdentity"/>.</param>
public sealed record MailMessage(string To, string Subject, string TextBody, MailIdentity? Identity = null);

public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends several mails (a batch of receipts). A sender that can share work across them (one folder check,
    /// one SMTP connection) overrides this; the default sends them one by one. Mails go out in order and
    /// <paramref name="sent"/> hears the index of each one sent, so after a failure the caller knows which did.
    /// </summary>
    async Task SendManyAsync(IReadOnlyList<MailMessage> messages, Action<int>? sent = null, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            await SendAsync(messages[i], cancellationToken);
            sent?.Invoke(i);
        }
    }
}
