using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>
/// Flags from residents and the ward staff's decisions on them: hide with a reason (shown in place),
/// publish (release a held post or keep a flagged one), and the queue of open flags per ward.
/// </summary>
public sealed class Moderation(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, IEventBus events)
{
    public async Task FlagAsync(DiscussionThread thread, int? postId, string userId, string reason, string? note, CancellationToken ct)
    {
        var already = await db.Set<Flag>().AnyAsync(f => f.ThreadId == thread.Id && f.PostId == postId && f.UserId == userId && f.ResolvedAt == null, ct);
        if (already) return;
        db.Add(new Flag { WardId = thread.WardId, ThreadId = thread.Id, PostId = postId, UserId = userId, Reason = reason, Note = note, CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("wards.flagged", postId is null ? "wards_thread" : "wards_post", postId ?? thread.Id, $"reason={reason}");
        await db.SaveChangesAsync(ct);
    }

    public Task<List<Flag>> OpenFlagsAsync(int wardId, CancellationToken ct) =>
        db.Set<Flag>().AsNoTracking().Where(f => f.WardId == wardId && f.ResolvedAt == null).OrderBy(f => f.CreatedAt).ToListAsync(ct);

    public async Task HideAsync(DiscussionThread thread, int? postId, string reason, CancellationToken ct)
    {
        if (postId is null) { thread.Visibility = Visibility.Hidden; thread.ModerationReason = reason; }
        else
        {
            var post = await db.Set<DiscussionPost>().FirstOrDefaultAsync(p => p.Id == postId && p.ThreadId == thread.Id, ct);
            if (post is null) return;
            if (post.Visibility == Visibility.Visible) thread.ReplyCount = Math.Max(0, thread.ReplyCount - 1);
            post.Visibility = Visibility.Hidden; post.ModerationReason = reason;
        }
        await ResolveAsync(thread.Id, postId, ct);
        audit.Record("wards.hidden", postId is null ? "wards_thread" : "wards_post", postId ?? thread.Id);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes the thread or reply public (again) and closes its flags.</summary>
    public async Task PublishAsync(DiscussionThread thread, int? postId, CancellationToken ct)
    {
        var created = thread.CreatedAt;
        if (postId is null) { thread.Visibility = Visibility.Visible; thread.ModerationReason = null; }
        else
        {
            var post = await db.Set<DiscussionPost>().FirstOrDefaultAsync(p => p.Id == postId && p.ThreadId == thread.Id, ct);
            if (post is null) return;
            if (post.Visibility != Visibility.Visible) thread.ReplyCount++;
            post.Visibility = Visibility.Visible; post.ModerationReason = null;
            created = post.CreatedAt;
        }
        await ResolveAsync(thread.Id, postId, ct);
        audit.Record("wards.published", postId is null ? "wards_thread" : "wards_post", postId ?? thread.Id);
        await db.SaveChangesAsync(ct);
        // Topic clustering places the released text (a thread released from hold, or a reply).
        await events.PublishAsync(new WardPostPublished(thread.WardId, postId is null ? $"thread:{thread.Id}" : $"reply:{postId}", created), ct);
    }

    private async Task ResolveAsync(int threadId, int? postId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<Flag>().Where(f => f.ThreadId == threadId && f.PostId == postId && f.ResolvedAt == null).ToListAsync(ct);
        foreach (var flag in open) flag.ResolvedAt = now;
    }
}
