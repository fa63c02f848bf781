namespace Participation.Core.Clustering;

/// <summary>
/// Provides texts for topic clustering without the Clustering module reading other modules' tables.
/// Consultations (submissions of a round) and Wards (discussion posts) implement it; the Clustering module
/// asks every registered source for the items of a scope.
/// </summary>
public interface IClusterSource
{
    /// <summary>The kind of item this source provides, e.g. "submission" or "ward-post".</summary>
    string SourceType { get; }

    /// <summary>Items in scope: a round or discussion id (null = all), a ward (null = city-wide), a period (UTC).</summary>
    IAsyncEnumerable<ClusterSourceItem> ItemsAsync(ClusterScope scope, CancellationToken cancellationToken = default);
}

/// <summary>
/// What to cluster: one container (a round, a ward discussion) or everything in a ward or the city over a period.
/// <paramref name="SourceIds"/> narrows it to those items (placing new ones without reading the whole container).
/// </summary>
public sealed record ClusterScope(string? ContainerId = null, int? WardId = null, DateTime? From = null, DateTime? To = null,
    IReadOnlyCollection<string>? SourceIds = null);

/// <summary>One text to cluster, with where it came from.</summary>
public sealed record ClusterSourceItem(string SourceType, string SourceId, string Text, int? WardId, DateTime At);
