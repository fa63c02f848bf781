using System.Security.Cryptography;
using System.Text;

namespace Participation.Core.Mail;

/// <summary>A plain-text mail to one recipient (receipts, confirmations, digests).</summary>
/// <param name="Identity">Set when the same mail may be sent again (a job retried after a crash): see <see cref="MailIdentity"/>.</param>
public sealed record MailMessage(string To, string Subject, string TextBody, MailIdentity? Identity = null);

/// <summary>
/// A mail's stable identity: its Message-Id and Date stay the same however often it is sent. The pickup folder keeps
/// one file per identity (a retry after a crash does not mail twice); over SMTP the stable Message-Id lets mail
/// systems drop the duplicate.
/// </summary>
public sealed record MailIdentity(Guid Id, DateTimeOffset Created)
{
    /// <summary>From a key naming what the mail is about (e.g. <c>receipt-outbox:42</c>) and when that came about.</summary>
    public static MailIdentity For(string key, DateTimeOffset created) =>
        new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)), created);
}

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
