using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Statistics;

namespace Participation.Committees.Services;

/// <summary>
/// Committee applications, in total and by age band (年代) — the one place residents' age is collected.
/// Age-band cells under <see cref="SmallCells.Threshold"/> are merged here, at the source, so no consumer can
/// show a small group. Key: committees.applications; dimension <c>age</c>.
/// </summary>
public sealed class CommitteeStatistics(ParticipationDbContext db) : IStatisticsProvider
{
    private const string Module = "Committees";
    private const string Key = "committees.applications";
    private const string Label = "CommitteeStats.Applications";

    public async Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken ct)
    {
        if (query.SubjectType is not null) return [];
        var applications = db.Set<Application>().AsNoTracking();
        if (query.WardId is int wardId)
        {
            var name = await db.Set<Ward>().AsNoTracking().Where(w => w.Id == wardId).Select(w => w.Name).FirstOrDefaultAsync(ct);
            applications = applications.Where(a => a.Ward == name);
        }
        if (query.FromUtc is not null) applications = applications.Where(a => a.SubmittedAtUtc >= query.FromUtc);
        if (query.ToUtc is not null) applications = applications.Where(a => a.SubmittedAtUtc < query.ToUtc);
        var bands = await applications.GroupBy(a => a.AgeBand).Select(g => new { Band = g.Key, Count = g.Count() }).ToListAsync(ct);

        var rows = new List<StatisticRow> { new(Module, Key, Label, bands.Sum(b => b.Count)) };
        rows.AddRange(bands.Where(b => b.Band != "").Select(b => new StatisticRow(Module, Key, Label, b.Count, "age", b.Band)));
        return SmallCells.Suppress(rows);
    }
}
