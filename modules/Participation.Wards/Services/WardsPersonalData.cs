using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Me;
using Participation.Core.Privacy;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>
/// A person's nickname, threads, replies, follows, supports, reports, notices and meeting registrations.
/// Erasure removes what only concerns the person (follows, supports, notices, registrations, nickname) and keeps
/// threads and replies others have answered, under a neutral author name and with personal data masked.
/// </summary>
public sealed class WardsPersonalData(ParticipationDbContext db, IRedactor redactor) : IPersonalDataHandler
{
    /// <summary>Stored in place of the author id of an erased person: matches no account.</summary>
    public const string ErasedAuthorId = "erased";
    public const string ErasedNickname = "退会した利用者";

    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        string C(object? v) => PersonalDataSection.Cell(v);
        var nickname = await db.Set<ResidentNickname>().AsNoTracking().Where(n => n.UserId == userId).Select(n => n.Nickname).ToListAsync(ct);
        var threads = await db.Set<DiscussionThread>().AsNoTracking().Where(t => t.AuthorId == userId).OrderBy(t => t.CreatedAt).ToListAsync(ct);
        var replies = await db.Set<DiscussionPost>().AsNoTracking().Where(p => p.AuthorId == userId && !p.IsOfficial).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var follows = await db.Set<ThreadFollow>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt).ToListAsync(ct);
        var supports = await db.Set<ThreadSupport>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt).ToListAsync(ct);
        var flags = await db.Set<Flag>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt).ToListAsync(ct);
        var notices = await db.Set<WardNotification>().AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var meetings = await db.Set<MeetingRegistration>().AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        return
        [
            new("wards.nickname", ["nickname"], nickname.Select(n => (IReadOnlyList<string>)[n]).ToList()),
            new("wards.threads", ["thread_id", "ward_id", "category", "title", "body", "created_at", "status", "visibility"],
                threads.Select(t => (IReadOnlyList<string>)[C(t.Id), C(t.WardId), t.Category, t.Title, t.Body, C(t.CreatedAt), C(t.Status), C(t.Visibility)]).ToList()),
            new("wards.replies", ["post_id", "thread_id", "body", "created_at", "visibility"],
                replies.Select(p => (IReadOnlyList<string>)[C(p.Id), C(p.ThreadId), p.Body, C(p.CreatedAt), C(p.Visibility)]).ToList()),
            new("wards.follows", ["thread_id", "created_at"], follows.Select(f => (IReadOnlyList<string>)[C(f.ThreadId), C(f.CreatedAt)]).ToList()),
            new("wards.supports", ["thread_id", "created_at"], supports.Select(f => (IReadOnlyList<string>)[C(f.ThreadId), C(f.CreatedAt)]).ToList()),
            new("wards.flags", ["thread_id", "post_id", "reason", "note", "created_at"],
                flags.Select(f => (IReadOnlyList<string>)[C(f.ThreadId), C(f.PostId), f.Reason, C(f.Note), C(f.CreatedAt)]).ToList()),
            new("wards.notifications", ["thread_id", "kind", "created_at"],
                notices.Select(n => (IReadOnlyList<string>)[C(n.ThreadId), C(n.Kind), C(n.CreatedAt)]).ToList()),
            new("wards.meeting_registrations", ["meeting_id", "created_at"],
                meetings.Select(m => (IReadOnlyList<string>)[C(m.MeetingId), C(m.CreatedAt)]).ToList()),
        ];
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var touched = 0;
        touched += Remove(await db.Set<ResidentNickname>().Where(n => n.UserId == userId).ToListAsync(ct));
        touched += Remove(await db.Set<ThreadFollow>().Where(f => f.UserId == userId).ToListAsync(ct));
        // Support counts stay: they were given, and the thread's history should not change.
        touched += Remove(await db.Set<ThreadSupport>().Where(f => f.UserId == userId).ToListAsync(ct));
        touched += Remove(await db.Set<WardNotification>().Where(n => n.UserId == userId).ToListAsync(ct));
        touched += Remove(await db.Set<MeetingRegistration>().Where(m => m.UserId == userId).ToListAsync(ct));
        foreach (var f in await db.Set<Flag>().Where(f => f.UserId == userId).ToListAsync(ct)) { f.UserId = null; f.Note = null; touched++; }

        var threads = await db.Set<DiscussionThread>().Where(t => t.AuthorId == userId).ToListAsync(ct);
        foreach (var t in threads)
        {
            t.AuthorId = ErasedAuthorId;
            t.AuthorNickname = ErasedNickname;
            t.Title = redactor.Redact(t.Title);
            t.Body = redactor.Redact(t.Body);
            t.SearchText = SearchText.Of(t.Title, t.Body);
        }
        var posts = await db.Set<DiscussionPost>().Where(p => p.AuthorId == userId && !p.IsOfficial).ToListAsync(ct);
        foreach (var p in posts)
        {
            p.AuthorId = ErasedAuthorId;
            p.AuthorNickname = ErasedNickname;
            p.Body = redactor.Redact(p.Body);
        }
        // Earlier wordings of the person's own texts could still hold what the edit removed.
        var threadIds = threads.Select(t => t.Id).ToList();
        var postIds = posts.Select(p => p.Id).ToList();
        var revisions = await db.Set<PostRevision>()
            .Where(r => (r.PostId == null && threadIds.Contains(r.ThreadId)) || (r.PostId != null && postIds.Contains(r.PostId.Value))).ToListAsync(ct);
        touched += Remove(revisions);
        return touched + threads.Count + posts.Count;
    }

    private int Remove<T>(List<T> rows) where T : class
    {
        db.Set<T>().RemoveRange(rows);
        return rows.Count;
    }
}
