using Participation.Accounts.Models;
using Participation.Core.Data;
using Participation.Core.Me;

namespace Participation.Accounts.Services;

/// <summary>Stores a notice for the person's next daily digest (<see cref="ResidentDigestJob"/>).</summary>
public sealed class NoticeDigest(ParticipationDbContext db, TimeProvider clock) : INotificationDigest
{
    private const int MaxSubject = 400, MaxText = 8000;

    public async Task QueueAsync(DigestNotice notice, CancellationToken ct = default)
    {
        db.Add(new QueuedNotice
        {
            UserId = notice.UserId, Kind = notice.Kind, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Subject = notice.Subject.Length > MaxSubject ? notice.Subject[..MaxSubject] : notice.Subject,
            Text = notice.Text.Length > MaxText ? notice.Text[..MaxText] : notice.Text,
        });
        await db.SaveChangesAsync(ct);
    }
}
