using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Wards.Models;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Services;

/// <summary>Reads for the public pages: a ward's threads (search, category, page) and one thread's replies.</summary>
public sealed class DiscussionQueries(ParticipationDbContext db)
{
    /// <summary>Visible threads, plus held ones the viewer wrote (so authors see "under review").</summary>
    public async Task<(List<DiscussionThread> Items, int Total)> ThreadsAsync(int wardId, string? query, string? category,
        int page, string? viewerId, CancellationToken ct)
    {
        var threads = db.Set<DiscussionThread>().AsNoTracking()
            .Where(t => t.WardId == wardId && (t.Visibility != Visibility.Held || t.AuthorId == viewerId));
        var normalized = SearchText.Normalize(query);
        if (normalized.Length > 0)
        {
            var pattern = SearchText.LikePattern(normalized);
            // Hidden threads are searched by their title only: their body is no longer public.
            threads = threads.Where(t => EF.Functions.Like(t.SearchText, pattern, "\\") && t.Visibility != Visibility.Hidden);
        }
        if (TopicCategories.IsKnown(category)) threads = threads.Where(t => t.Category == category);
        var total = await threads.CountAsync(ct);
        var items = await threads.OrderByDescending(t => t.LastActivityAt).ThenByDescending(t => t.Id)
            .Skip((page - 1) * DiscussionLimits.ThreadsPerPage).Take(DiscussionLimits.ThreadsPerPage).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>
    /// One page of top-level replies with their nested replies. Held replies appear only to their author;
    /// hidden ones stay in place with the moderator's reason.
    /// </summary>
    public async Task<(List<ReplyView> Items, int Total)> RepliesAsync(int threadId, int page, string? viewerId, CancellationToken ct)
    {
        var all = db.Set<DiscussionPost>().AsNoTracking()
            .Where(p => p.ThreadId == threadId && (p.Visibility != Visibility.Held || p.AuthorId == viewerId));
        var top = all.Where(p => p.ParentId == null);
        var total = await top.CountAsync(ct);
        var parents = await top.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip((page - 1) * DiscussionLimits.RepliesPerPage).Take(DiscussionLimits.RepliesPerPage).ToListAsync(ct);
        var ids = parents.Select(p => p.Id).ToList();
        var children = await all.Where(p => p.ParentId != null && ids.Contains(p.ParentId.Value)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var editedIds = await db.Set<PostRevision>().AsNoTracking().Where(r => r.ThreadId == threadId && r.PostId != null)
            .Select(r => r.PostId!.Value).Distinct().ToListAsync(ct);
        var items = parents.Select(p => new ReplyView(p, editedIds.Contains(p.Id),
            children.Where(c => c.ParentId == p.Id).Select(c => new ReplyView(c, editedIds.Contains(c.Id), [])).ToList())).ToList();
        return (items, total);
    }

    public Task<List<PostRevision>> HistoryAsync(int threadId, int? postId, CancellationToken ct) =>
        db.Set<PostRevision>().AsNoTracking().Where(r => r.ThreadId == threadId && r.PostId == postId)
            .OrderByDescending(r => r.ReplacedAt).ToListAsync(ct);

    public static int Pages(int total, int perPage) => Math.Max(1, (total + perPage - 1) / perPage);
}
