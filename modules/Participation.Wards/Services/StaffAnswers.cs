using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>Official answers (区からの回答) and closing a thread: ward staff only, checked by the caller.</summary>
public sealed class StaffAnswers(ParticipationDbContext db, IAuditLog audit, FollowerNotifier notifier, TimeProvider clock)
{
    public async Task<DiscussionPost> AnswerAsync(DiscussionThread thread, string department, string body, string staffId,
        string wardLabel, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The answer speaks for the ward, so it carries the ward's name rather than the staff member's.
        var post = new DiscussionPost
        {
            ThreadId = thread.Id, AuthorId = staffId, AuthorNickname = wardLabel, Body = body, IsOfficial = true,
            Department = department, CreatedAt = now,
        };
        db.Add(post);
        thread.Status = ThreadStatus.Answered;
        thread.ReplyCount++;
        thread.LastActivityAt = now;
        await db.SaveChangesAsync(ct);
        audit.Record("wards.thread.answered", "wards_thread", thread.Id, $"post={post.Id}");
        await db.SaveChangesAsync(ct);
        await notifier.NotifyAsync(thread, NotificationKind.OfficialAnswer, staffId, ct);
        return post;
    }

    public async Task SetClosedAsync(DiscussionThread thread, bool closed, CancellationToken ct)
    {
        if (closed) thread.Status = ThreadStatus.Closed;
        else if (thread.Status == ThreadStatus.Closed)
            thread.Status = await db.Set<DiscussionPost>().AnyAsync(p => p.ThreadId == thread.Id && p.IsOfficial, ct) ? ThreadStatus.Answered : ThreadStatus.Unanswered;
        audit.Record(closed ? "wards.thread.closed" : "wards.thread.reopened", "wards_thread", thread.Id);
        await db.SaveChangesAsync(ct);
    }
}
