namespace Participation.Core.Clustering;

/// <summary>
/// The containers (rounds, ward discussions) a cluster source can be asked about, with a title and ward, so
/// the clustering pages can offer "run on this round" and check ward scope without reading other modules' tables.
/// A module that implements <see cref="IClusterSource"/> may implement this too.
/// </summary>
public interface IClusterContainers
{
    /// <summary>Containers of this source; for a ward (its own and city-wide ones) or all when null.</summary>
    Task<IReadOnlyList<ClusterContainer>> ContainersAsync(int? wardId, CancellationToken cancellationToken = default);
}

/// <summary>
/// One container: <see cref="SourceType"/> as in <see cref="IClusterSource"/>, its id, title and ward (null = city-wide).
/// <see cref="TextsArePublic"/>: its texts are already public (a round's results are published, ward posts are),
/// so publishing topics of it reveals nothing new.
/// </summary>
public sealed record ClusterContainer(string SourceType, string Id, string Title, int? WardId, string Url, bool TextsArePublic);
