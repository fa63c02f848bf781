using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Me;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>"My participation" rows: the person's threads, replies, follows and notices of new replies or answers.</summary>
public sealed class WardsRecordProvider(ParticipationDbContext db) : IParticipationRecordProvider
{
    private const string Module = "Wards";

    public async Task<IReadOnlyList<ParticipationRecord>> GetForUserAsync(string userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var records = new List<ParticipationRecord>();
        var threads = await db.Set<DiscussionThread>().AsNoTracking().Where(t => t.AuthorId == userId).ToListAsync(ct);
        records.AddRange(threads.Select(t => new ParticipationRecord(Module, "Wards.Me.Thread", t.Title, StatusKey(t), t.CreatedAt, Url(t))));

        var replies = await (from p in db.Set<DiscussionPost>().AsNoTracking()
                             join t in db.Set<DiscussionThread>().AsNoTracking() on p.ThreadId equals t.Id
                             where p.AuthorId == userId && !p.IsOfficial
                             select new { Post = p, Thread = t }).ToListAsync(ct);
        records.AddRange(replies.Select(r => new ParticipationRecord(Module, "Wards.Me.Reply", r.Thread.Title,
            VisibilityKey(r.Post.Visibility) ?? StatusKey(r.Thread), r.Post.CreatedAt, Url(r.Thread) + $"#reply-{r.Post.Id}")));

        var follows = await (from f in db.Set<ThreadFollow>().AsNoTracking()
                             join t in db.Set<DiscussionThread>().AsNoTracking() on f.ThreadId equals t.Id
                             where f.UserId == userId && t.AuthorId != userId && t.Visibility == Visibility.Visible
                             select new { f.CreatedAt, Thread = t }).ToListAsync(ct);
        records.AddRange(follows.Select(f => new ParticipationRecord(Module, "Wards.Me.Follow", f.Thread.Title, StatusKey(f.Thread), f.CreatedAt, Url(f.Thread))));

        var notices = await (from n in db.Set<WardNotification>().AsNoTracking()
                             join t in db.Set<DiscussionThread>().AsNoTracking() on n.ThreadId equals t.Id
                             where n.UserId == userId && t.Visibility == Visibility.Visible
                             orderby n.CreatedAt descending
                             select new { n.Kind, n.CreatedAt, Thread = t }).Take(50).ToListAsync(ct);
        records.AddRange(notices.Select(n => new ParticipationRecord(Module,
            n.Kind == NotificationKind.OfficialAnswer ? "Wards.Me.Notice.Answer" : "Wards.Me.Notice.Reply",
            n.Thread.Title, StatusKey(n.Thread), n.CreatedAt, Url(n.Thread))));
        return records;
    }

    private static string Url(DiscussionThread t) => $"/wards/{t.WardId}/discussions/{t.Id}";

    private static string StatusKey(DiscussionThread t) => VisibilityKey(t.Visibility) ?? $"Wards.Status.{t.Status}";

    private static string? VisibilityKey(Visibility v) => v switch
    {
        Visibility.Held => "Wards.Status.Held",
        Visibility.Hidden => "Wards.Status.Hidden",
        _ => null,
    };
}
