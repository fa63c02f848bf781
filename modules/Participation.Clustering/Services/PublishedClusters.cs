using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>Published runs for other modules' public pages: a round's latest published topics and where the maps are.</summary>
public sealed class PublishedClusters(ParticipationDbContext db, RunQueries queries) : IPublishedClusters, IPublishedClusterMaps
{
    public async Task<IReadOnlyList<PublishedCluster>> ForRoundAsync(int roundId, CancellationToken cancellationToken = default)
    {
        var run = await LatestForRoundAsync(roundId, cancellationToken);
        if (run is null) return [];
        return (await queries.ClustersAsync(run.Id, cancellationToken))
            .Select(c => new PublishedCluster(c.Cluster.Id, c.Cluster.Label, c.Cluster.Size, c.Cluster.KeywordList,
                c.Representatives.Select(r => r.RedactedText).ToList()))
            .ToList();
    }

    async Task<string?> IPublishedClusterMaps.ForRoundAsync(int roundId, CancellationToken cancellationToken) =>
        await LatestForRoundAsync(roundId, cancellationToken) is { } run ? $"/clusters/{run.Id}" : null;

    public async Task<string?> ForWardAsync(int wardId, CancellationToken cancellationToken = default)
    {
        // The ward page links the ward's discussion topics; failing those, a map of the ward over a period (not one round's).
        var id = await Published().Where(r => r.WardId == wardId && r.ScopeKind == RunScopeKind.WardDiscussions).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken)
                 ?? await Published().Where(r => r.WardId == wardId && r.ScopeKind == RunScopeKind.Area).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        return id is int runId ? $"/clusters/{runId}" : null;
    }

    private Task<ClusterRun?> LatestForRoundAsync(int roundId, CancellationToken ct)
    {
        var container = roundId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Published().Where(r => r.ScopeKind == RunScopeKind.Round && r.ContainerId == container).FirstOrDefaultAsync(ct);
    }

    private IQueryable<ClusterRun> Published() => db.Set<ClusterRun>().AsNoTracking()
        .Where(r => r.IsPublished && r.Status == RunStatus.Done).OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id);
}
