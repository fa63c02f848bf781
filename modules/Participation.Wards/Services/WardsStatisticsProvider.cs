using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Statistics;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>
/// Figures for summaries: visible threads, replies and the share of threads answered by the ward,
/// per ward (Dimension = "ward", value = ward id) and in total for the queried slice.
/// </summary>
public sealed class WardsStatisticsProvider(ParticipationDbContext db) : IStatisticsProvider
{
    private const string Module = "Wards";

    public async Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var threads = db.Set<DiscussionThread>().AsNoTracking().Where(t => t.Visibility == Visibility.Visible);
        var posts = from p in db.Set<DiscussionPost>().AsNoTracking()
                    join t in threads on p.ThreadId equals t.Id
                    where p.Visibility == Visibility.Visible && !p.IsOfficial
                    select new { t.WardId, p.CreatedAt };
        if (query.WardId is int ward) { threads = threads.Where(t => t.WardId == ward); posts = posts.Where(p => p.WardId == ward); }
        if (query.FromUtc is DateTime from) { threads = threads.Where(t => t.CreatedAt >= from); posts = posts.Where(p => p.CreatedAt >= from); }
        if (query.ToUtc is DateTime to) { threads = threads.Where(t => t.CreatedAt < to); posts = posts.Where(p => p.CreatedAt < to); }

        var perWard = await threads.GroupBy(t => t.WardId)
            .Select(g => new { Ward = g.Key, Threads = g.Count(), Answered = g.Count(t => t.Status == ThreadStatus.Answered) })
            .ToListAsync(cancellationToken);
        var replies = await posts.GroupBy(p => p.WardId).Select(g => new { Ward = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Ward, g => g.Count, cancellationToken);

        var rows = new List<StatisticRow>
        {
            new(Module, "wards.threads", "Wards.Stat.Threads", perWard.Sum(w => w.Threads)),
            new(Module, "wards.replies", "Wards.Stat.Replies", replies.Values.Sum()),
            new(Module, "wards.answered_share", "Wards.Stat.AnsweredShare", Share(perWard.Sum(w => w.Answered), perWard.Sum(w => w.Threads))),
        };
        foreach (var w in perWard.OrderBy(w => w.Ward))
        {
            var id = w.Ward.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new(Module, "wards.threads", "Wards.Stat.Threads", w.Threads, "ward", id));
            rows.Add(new(Module, "wards.replies", "Wards.Stat.Replies", replies.GetValueOrDefault(w.Ward), "ward", id));
            rows.Add(new(Module, "wards.answered_share", "Wards.Stat.AnsweredShare", Share(w.Answered, w.Threads), "ward", id));
        }
        return rows;
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
