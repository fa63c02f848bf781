namespace Participation.Core.Clustering;

/// <summary>
/// Plan measures (施策) staff confirmed a published topic of a round concerns, for councillor reports that
/// must not read the Clustering or Plans modules' tables. The Clustering module implements it; when it is
/// not installed nothing does and callers show no affected measures.
/// </summary>
public interface IPublishedClusterMeasures
{
    /// <summary>Confirmed measure links of the latest published run for a round, by cluster; empty when none.</summary>
    Task<IReadOnlyList<ClusterMeasureInfo>> ForRoundAsync(int roundId, CancellationToken cancellationToken = default);
}

/// <summary>One confirmed link: the cluster (as in <see cref="PublishedCluster.Id"/>) and the measure's title and public page.</summary>
public sealed record ClusterMeasureInfo(int ClusterId, string ClusterLabel, int MeasureId, string MeasureTitle, string MeasureUrl);
