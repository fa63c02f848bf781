using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Statistics;

namespace Participation.Consultations.Services;

/// <summary>
/// Submissions by channel, category and ward (per round when SubjectType = "round"), and rounds by status.
/// Keys: rounds.count, rounds.submissions, rounds.opinions.
/// </summary>
public sealed class ConsultationStatistics(ParticipationDbContext db) : IStatisticsProvider
{
    private const string Module = "Consultations";

    public async Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken ct)
    {
        var subs = db.Set<Submission>().AsNoTracking().Where(s => s.Status == SubmissionStatus.Active);
        if (query.SubjectType == "round" && int.TryParse(query.SubjectId, out var roundId)) subs = subs.Where(s => s.RoundId == roundId);
        if (query.WardId is not null) subs = subs.Where(s => s.WardId == query.WardId);
        if (query.FromUtc is not null) subs = subs.Where(s => s.ReceivedAt >= query.FromUtc);
        if (query.ToUtc is not null) subs = subs.Where(s => s.ReceivedAt < query.ToUtc);
        var rows = await subs.Select(s => new { s.Channel, s.Category, s.WardId, Opinions = s.Opinions.Count }).ToListAsync(ct);

        var result = new List<StatisticRow>
        {
            new(Module, "rounds.submissions", "Stats.Submissions", rows.Count),
            new(Module, "rounds.opinions", "Stats.Opinions", rows.Sum(r => r.Opinions)),
        };
        result.AddRange(rows.GroupBy(r => r.Channel).Select(g => new StatisticRow(Module, "rounds.submissions", "Stats.Submissions", g.Count(), "channel", g.Key.ToString().ToLowerInvariant())));
        result.AddRange(rows.GroupBy(r => r.Category).Select(g => new StatisticRow(Module, "rounds.submissions", "Stats.Submissions", g.Count(), "category", g.Key.ToString().ToLowerInvariant())));
        result.AddRange(rows.Where(r => r.WardId != null).GroupBy(r => r.WardId).Select(g => new StatisticRow(Module, "rounds.submissions", "Stats.Submissions", g.Count(), "ward", g.Key!.Value.ToString())));

        if (query.SubjectType is null)
        {
            var rounds = db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Status != RoundStatus.Preparing);
            if (query.WardId is not null) rounds = rounds.Where(r => r.WardId == query.WardId);
            var statuses = await rounds.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            result.Add(new(Module, "rounds.count", "Stats.Rounds", statuses.Sum(s => s.Count)));
            result.AddRange(statuses.Select(s => new StatisticRow(Module, "rounds.count", "Stats.Rounds", s.Count, "status", s.Key.ToString().ToLowerInvariant())));
        }
        return result;
    }
}
