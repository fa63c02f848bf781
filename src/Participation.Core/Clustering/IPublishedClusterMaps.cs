namespace Participation.Core.Clustering;

/// <summary>
/// Where the public topic map of a round or a ward is, when staff have published one; for links from the
/// round results and ward pages. Null when nothing is published or no Clustering module is installed.
/// </summary>
public interface IPublishedClusterMaps
{
    Task<string?> ForRoundAsync(int roundId, CancellationToken cancellationToken = default);

    Task<string?> ForWardAsync(int wardId, CancellationToken cancellationToken = default);
}
