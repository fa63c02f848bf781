namespace Participation.Core.Mail;

/// <summary>A plain-text mail to one recipient (receipts, confirmations, digests).</summary>
public sealed record MailMessage(string To, string Subject, string TextBody);

public interface IMailSender
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken = default);
}
