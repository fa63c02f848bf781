using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>
/// Measures confirmed for the topics of a round's latest published run (the same run <see cref="PublishedClusters"/>
/// shows), for councillor reports. Unpublished runs and unconfirmed suggestions never appear.
/// </summary>
public sealed class PublishedClusterMeasures(ParticipationDbContext db, PublishedClusters published) : IPublishedClusterMeasures
{
    public async Task<IReadOnlyList<ClusterMeasureInfo>> ForRoundAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var clusters = await published.ForRoundAsync(roundId, cancellationToken);
        if (clusters.Count == 0) return [];
        var labels = clusters.ToDictionary(c => c.Id, c => c.Label);
        var ids = labels.Keys.ToList();
        var links = await db.Set<ClusterMeasureLink>().AsNoTracking().Where(l => ids.Contains(l.ClusterId))
            .OrderBy(l => l.ClusterId).ThenBy(l => l.MeasureId).ToListAsync(cancellationToken);
        return links.Select(l => new ClusterMeasureInfo(l.ClusterId, labels[l.ClusterId], l.MeasureId, l.MeasureTitle, l.MeasureUrl)).ToList();
    }
}
