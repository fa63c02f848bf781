using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>Topics of a round's latest completed run for the staff grouping screen, and the record of groups made from them.</summary>
public sealed class ClusterGroupSuggestions(ParticipationDbContext db, IAuditLog audit, TimeProvider clock) : IClusterGroupSuggestions
{
    public async Task<RoundTopics?> ForRoundAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var run = await LatestAsync(roundId, cancellationToken);
        if (run is null) return null;
        var clusters = await db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == run.Id && !c.Retired)
            .OrderByDescending(c => c.Size).ThenBy(c => c.Index).ToListAsync(cancellationToken);
        var members = (await db.Set<ClusterMember>().AsNoTracking().Where(m => m.RunId == run.Id && m.SourceType == RunScopes.Opinion)
                .Select(m => new { m.ClusterId, m.SourceId, m.Distance }).ToListAsync(cancellationToken))
            .GroupBy(m => m.ClusterId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Distance).Select(m => int.TryParse(m.SourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0).ToList());
        var ids = clusters.Select(c => c.Id).ToList();
        var groups = (await db.Set<ClusterGroupLink>().AsNoTracking().Where(l => ids.Contains(l.ClusterId)).ToListAsync(cancellationToken))
            .GroupBy(l => l.ClusterId).ToDictionary(g => g.Key, g => g.Select(l => l.GroupId).ToList());
        return new RoundTopics(run.Id, $"/staff/clusters/{run.Id}", run.FinishedAt ?? run.CreatedAt, clusters
            .Select(c => new RoundTopic(c.Id, c.Label, c.KeywordList, members.GetValueOrDefault(c.Id) ?? [], groups.GetValueOrDefault(c.Id) ?? []))
            .ToList());
    }

    public async Task RecordGroupAsync(int roundId, int clusterId, int groupId, int opinions, string? userId, CancellationToken cancellationToken = default)
    {
        var container = roundId.ToString(CultureInfo.InvariantCulture);
        var cluster = await (from c in db.Set<Cluster>()
                             join r in db.Set<ClusterRun>() on c.RunId equals r.Id
                             where c.Id == clusterId && r.ScopeKind == RunScopeKind.Round && r.ContainerId == container
                             select c).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (cluster is null || await db.Set<ClusterGroupLink>().AnyAsync(l => l.ClusterId == clusterId && l.GroupId == groupId, cancellationToken)) return;
        db.Add(new ClusterGroupLink
        {
            ClusterId = clusterId, RunId = cluster.RunId, RoundId = roundId, GroupId = groupId, Opinions = opinions, CreatedBy = userId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record("clustering.group-linked", "clustering-cluster", clusterId, $"group={groupId};opinions={opinions}");
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<ClusterRun?> LatestAsync(int roundId, CancellationToken ct)
    {
        var container = roundId.ToString(CultureInfo.InvariantCulture);
        return db.Set<ClusterRun>().AsNoTracking().Where(r => r.ScopeKind == RunScopeKind.Round && r.ContainerId == container && r.Status == RunStatus.Done)
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
    }
}
