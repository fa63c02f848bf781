using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Participation.Core.Data;
using Participation.Core.Localization;
using Participation.Core.Mail;
using Participation.Core.Me;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>
/// Tells a thread's followers (except whoever wrote) of a new reply or official answer: an in-site notice
/// shown under /me and a short mail. Mail failures are logged, never fail the post.
/// </summary>
public sealed class FollowerNotifier(ParticipationDbContext db, IMailSender mail, IStringLocalizer t,
    TimeProvider clock, ILogger<FollowerNotifier> log, PublicLinks links,
    IEnumerable<INotificationPreferences> preferences, IEnumerable<INotificationDigest> digests)
{
    public async Task NotifyAsync(DiscussionThread thread, NotificationKind kind, string actorId, CancellationToken ct)
    {
        var followerIds = await db.Set<ThreadFollow>().AsNoTracking()
            .Where(f => f.ThreadId == thread.Id && f.UserId != actorId).Select(f => f.UserId).ToListAsync(ct);
        if (followerIds.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in followerIds)
            db.Add(new WardNotification { UserId = id, ThreadId = thread.Id, WardId = thread.WardId, Kind = kind, CreatedAt = now });
        await db.SaveChangesAsync(ct);

        var recipients = await db.Users.AsNoTracking().Where(u => followerIds.Contains(u.Id) && u.EmailConfirmed && u.Email != null)
            .Select(u => new { u.Id, Email = u.Email!, u.PreferredCulture }).ToListAsync(ct);
        var subjectKey = kind == NotificationKind.OfficialAnswer ? "Wards.Mail.Answer.Subject" : "Wards.Mail.Reply.Subject";
        var link = links.Absolute($"/wards/{thread.WardId}/discussions/{thread.Id}");
        foreach (var (userId, email, culture) in recipients.Select(r => (r.Id, r.Email, r.PreferredCulture)))
        {
            // Each follower reads the mail in the language they chose, not the one of whoever posted.
            var (subject, body) = RecipientCulture.Use(culture, () => (t[subjectKey, thread.Title].Value, t["Wards.Mail.Body", thread.Title, link].Value));
            try { await PersonalNotices.DeliverAsync(preferences, digests, mail, userId, NotificationKinds.FollowedThreads, new MailMessage(email, subject, body), ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Follower notice for thread {ThreadId} could not be sent", thread.Id);
            }
        }
    }
}
