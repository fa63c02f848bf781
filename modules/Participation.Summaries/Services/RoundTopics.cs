using Participation.Core.Clustering;

namespace Participation.Summaries.Services;

/// <summary>
/// A round's main topics (the published topic map) and the plan measures staff tied them to, through Core
/// contracts only. Empty when the Clustering module is absent or nothing is published.
/// </summary>
public sealed class RoundTopics(IEnumerable<IPublishedClusters> clusters, IEnumerable<IPublishedClusterMeasures> measures,
    IEnumerable<IPublishedClusterMaps> maps)
{
    public async Task<TopicsReport> ForRoundAsync(int roundId, CancellationToken ct)
    {
        var topics = clusters.FirstOrDefault() is { } c ? await c.ForRoundAsync(roundId, ct) : [];
        if (topics.Count == 0) return TopicsReport.Empty;
        var links = measures.FirstOrDefault() is { } m ? await m.ForRoundAsync(roundId, ct) : [];
        var map = maps.FirstOrDefault() is { } p ? await p.ForRoundAsync(roundId, ct) : null;
        return new TopicsReport(topics.OrderByDescending(t => t.Size).ThenBy(t => t.Id).ToList(), links, map);
    }
}

/// <summary>Topics largest first; measure links by topic; the public map's address when there is one.</summary>
public sealed record TopicsReport(IReadOnlyList<PublishedCluster> Topics, IReadOnlyList<ClusterMeasureInfo> Measures, string? MapUrl)
{
    public static readonly TopicsReport Empty = new([], [], null);

    public IReadOnlyList<ClusterMeasureInfo> MeasuresOf(int clusterId) => Measures.Where(m => m.ClusterId == clusterId).ToList();

    /// <summary>Each measure once, with the topics tied to it.</summary>
    public IReadOnlyList<(int Id, string Title, string Url, IReadOnlyList<string> Topics)> AffectedMeasures() =>
        Measures.GroupBy(m => m.MeasureId)
            .Select(g => (g.Key, g.First().MeasureTitle, g.First().MeasureUrl, (IReadOnlyList<string>)g.Select(x => x.ClusterLabel).Distinct().ToList()))
            .ToList();
}
