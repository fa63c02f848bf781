using Participation.Core.Mail;

namespace Participation.Core.Me;

/// <summary>
/// Collects notices a person chose to receive as a daily digest (<see cref="NotificationDelivery.Digest"/>).
/// Accounts implements it and mails each person one digest a day; modules do not call it directly but
/// through <see cref="PersonalNotices.DeliverAsync"/>, which asks the person's preference first.
/// </summary>
public interface INotificationDigest
{
    Task QueueAsync(DigestNotice notice, CancellationToken cancellationToken = default);
}

/// <summary>One notice for a person's digest: the subject and text the immediate mail would have had.</summary>
public sealed record DigestNotice(string UserId, string Kind, string Subject, string Text);

/// <summary>
/// Mails a notice to a person as they chose: at once, into the daily digest, or not at all. Someone without an
/// account (a submitter who only left an e-mail address) has no preference and is mailed at once, as is anyone
/// when no module answers preferences or collects digests.
/// </summary>
public static class PersonalNotices
{
    public static async Task<NotificationDelivery> DeliverAsync(IEnumerable<INotificationPreferences> preferences, IEnumerable<INotificationDigest> digests,
        IMailSender mail, string? userId, string kind, MailMessage message, CancellationToken ct)
    {
        var delivery = userId is not null && preferences.FirstOrDefault() is { } p ? await p.GetAsync(userId, kind, ct) : NotificationDelivery.Immediate;
        var digest = digests.FirstOrDefault();
        if (delivery == NotificationDelivery.Digest && digest is null) delivery = NotificationDelivery.Immediate;
        switch (delivery)
        {
            case NotificationDelivery.Immediate:
                await mail.SendAsync(message, ct);
                break;
            case NotificationDelivery.Digest:
                await digest!.QueueAsync(new DigestNotice(userId!, kind, message.Subject, message.TextBody), ct);
                break;
        }
        return delivery;
    }
}
