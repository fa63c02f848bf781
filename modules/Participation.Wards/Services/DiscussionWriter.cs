using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>What residents write: threads, replies, edits. Every new text passes the screen first.</summary>
public sealed class DiscussionWriter(ParticipationDbContext db, ContentScreen screen, IAuditLog audit,
    FollowerNotifier notifier, TimeProvider clock, IEventBus events)
{
    public async Task<DiscussionThread> StartThreadAsync(int wardId, string category, string title, string body,
        string userId, string nickname, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var thread = new DiscussionThread
        {
            WardId = wardId, Category = category, Title = title, Body = body, AuthorId = userId, AuthorNickname = nickname,
            CreatedAt = now, LastActivityAt = now, SearchText = SearchText.Of(title, body),
        };
        var hold = screen.HoldReason(title, body);
        db.Add(thread);
        await db.SaveChangesAsync(ct);
        // The author follows their own thread so they hear of replies and answers.
        db.Add(new ThreadFollow { ThreadId = thread.Id, UserId = userId, CreatedAt = now });
        if (hold is not null) Hold(thread, hold, now);
        audit.Record("wards.thread.created", "wards_thread", thread.Id, $"ward={wardId};category={category};held={hold is not null}");
        await db.SaveChangesAsync(ct);
        if (hold is null) await events.PublishAsync(new WardPostPublished(wardId, $"thread:{thread.Id}", now), ct);
        return thread;
    }

    public async Task<DiscussionPost> ReplyAsync(DiscussionThread thread, int? parentId, string body, string userId, string nickname, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // One level of nesting: a reply to a reply attaches to the top-level reply it answers.
        if (parentId is not null)
        {
            var parent = await db.Set<DiscussionPost>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == parentId && p.ThreadId == thread.Id, ct);
            parentId = parent is null ? null : parent.ParentId ?? parent.Id;
        }
        var post = new DiscussionPost { ThreadId = thread.Id, ParentId = parentId, AuthorId = userId, AuthorNickname = nickname, Body = body, CreatedAt = now };
        db.Add(post);
        var hold = screen.HoldReason(body);
        if (hold is null) { thread.ReplyCount++; thread.LastActivityAt = now; }
        await db.SaveChangesAsync(ct);
        if (hold is not null) Hold(post, thread.WardId, hold, now);
        audit.Record("wards.reply.created", "wards_post", post.Id, $"thread={thread.Id};held={hold is not null}");
        await db.SaveChangesAsync(ct);
        if (hold is null) await notifier.NotifyAsync(thread, NotificationKind.Reply, userId, ct);
        if (hold is null) await events.PublishAsync(new WardPostPublished(thread.WardId, $"reply:{post.Id}", now), ct);
        return post;
    }

    public async Task EditThreadAsync(DiscussionThread thread, string title, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PostRevision { ThreadId = thread.Id, Title = thread.Title, Body = thread.Body, ReplacedAt = now });
        thread.Title = title; thread.Body = body; thread.EditedAt = now; thread.SearchText = SearchText.Of(title, body);
        var hold = screen.HoldReason(title, body);
        if (hold is not null && thread.Visibility == Visibility.Visible) Hold(thread, hold, now);
        audit.Record("wards.thread.edited", "wards_thread", thread.Id, $"held={hold is not null}");
        await db.SaveChangesAsync(ct);
    }

    public async Task EditReplyAsync(DiscussionPost post, int wardId, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PostRevision { ThreadId = post.ThreadId, PostId = post.Id, Body = post.Body, ReplacedAt = now });
        post.Body = body; post.EditedAt = now;
        var hold = screen.HoldReason(body);
        if (hold is not null && post.Visibility == Visibility.Visible) Hold(post, wardId, hold, now);
        audit.Record("wards.reply.edited", "wards_post", post.Id, $"held={hold is not null}");
        await db.SaveChangesAsync(ct);
    }

    private void Hold(DiscussionThread thread, string reason, DateTime now)
    {
        thread.Visibility = Visibility.Held;
        thread.ModerationReason = reason;
        db.Add(new Flag { WardId = thread.WardId, ThreadId = thread.Id, Reason = reason, CreatedAt = now });
    }

    private void Hold(DiscussionPost post, int wardId, string reason, DateTime now)
    {
        post.Visibility = Visibility.Held;
        post.ModerationReason = reason;
        db.Add(new Flag { WardId = wardId, ThreadId = post.ThreadId, PostId = post.Id, Reason = reason, CreatedAt = now });
    }
}
