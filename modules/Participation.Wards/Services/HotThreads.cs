using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Wards;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>Hot topics of ward discussions: visible threads with the most visible replies and support in a period.</summary>
public sealed class HotThreads(ParticipationDbContext db) : IHotThreads
{
    public async Task<IReadOnlyList<HotThread>> TopAsync(int? wardId, DateTime sinceUtc, int take, CancellationToken ct)
    {
        var threads = db.Set<DiscussionThread>().AsNoTracking().Where(t => t.Visibility == Visibility.Visible && t.LastActivityAt >= sinceUtc);
        if (wardId is int ward) threads = threads.Where(t => t.WardId == ward);
        var rows = await threads.Select(t => new
        {
            t.Id, t.WardId, t.Title, t.Category, t.Status,
            Replies = db.Set<DiscussionPost>().Count(p => p.ThreadId == t.Id && p.Visibility == Visibility.Visible && p.CreatedAt >= sinceUtc),
            Supports = db.Set<ThreadSupport>().Count(s => s.ThreadId == t.Id && s.CreatedAt >= sinceUtc),
        }).ToListAsync(ct);
        return rows.OrderByDescending(r => r.Replies * 2 + r.Supports).ThenBy(r => r.Id).Take(take)
            .Select(r => new HotThread(r.Id, r.WardId, r.Title, r.Category, r.Replies, r.Supports, r.Status == ThreadStatus.Answered,
                $"/wards/{r.WardId}/discussions/{r.Id}"))
            .ToList();
    }
}
