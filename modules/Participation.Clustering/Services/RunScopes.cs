using Participation.Clustering.Models;
using Participation.Core.Clustering;

namespace Participation.Clustering.Services;

/// <summary>Which sources a run reads and with what scope: a round's opinions, a ward's posts, or all in an area and period.</summary>
public static class RunScopes
{
    public const string Opinion = "opinion";
    public const string WardPost = "ward-post";

    public static ClusterScope ScopeOf(ClusterRun run) => run.ScopeKind switch
    {
        RunScopeKind.Round => new ClusterScope(run.ContainerId),
        RunScopeKind.WardDiscussions => new ClusterScope(run.ContainerId, run.WardId, run.From, run.To),
        _ => new ClusterScope(null, run.WardId, run.From, run.To),
    };

    public static bool Reads(ClusterRun run, string sourceType) => run.ScopeKind switch
    {
        RunScopeKind.Round => sourceType == Opinion,
        RunScopeKind.WardDiscussions => sourceType == WardPost,
        _ => true,
    };

    public static async Task<List<ClusterSourceItem>> ItemsAsync(ClusterRun run, IEnumerable<IClusterSource> sources, CancellationToken ct)
    {
        var items = new List<ClusterSourceItem>();
        var scope = ScopeOf(run);
        foreach (var source in sources.Where(s => Reads(run, s.SourceType)))
            await foreach (var item in source.ItemsAsync(scope, ct))
                if (!string.IsNullOrWhiteSpace(item.Text)) items.Add(item);
        return items;
    }
}
