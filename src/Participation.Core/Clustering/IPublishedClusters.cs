namespace Participation.Core.Clustering;

/// <summary>
/// Topic clusters that staff have published for a round, for public surfaces (the open-data API, result pages)
/// that must not read the Clustering module's tables. Representatives are already redacted.
/// When no Clustering module is installed nothing implements this and callers show no clusters.
/// </summary>
public interface IPublishedClusters
{
    /// <summary>The clusters of the latest published run for a round; empty when none is published.</summary>
    Task<IReadOnlyList<PublishedCluster>> ForRoundAsync(int roundId, CancellationToken cancellationToken = default);
}

/// <summary>One published topic: its Japanese label, size, keywords and redacted representative opinions.</summary>
public sealed record PublishedCluster(
    int Id,
    string Label,
    int Size,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Representatives);
