using Participation.Clustering.Models;
using Participation.Core.Clustering;

namespace Participation.Clustering.Services;

/// <summary>Reads the current texts of some of a run's items from their sources (texts stay in the modules that own them).</summary>
public static class RunTexts
{
    public static async Task<Dictionary<(string Type, string Id), string>> ForAsync(ClusterRun run, IEnumerable<IClusterSource> sources,
        IReadOnlySet<(string Type, string Id)> wanted, CancellationToken ct)
    {
        var texts = new Dictionary<(string, string), string>();
        if (wanted.Count == 0) return texts;
        // Incremental members may be outside the run's period, so read the container without the period.
        var scope = run.ScopeKind == RunScopeKind.Area ? RunScopes.ScopeOf(run) with { From = null, To = null } : RunScopes.ScopeOf(run);
        foreach (var source in sources.Where(s => RunScopes.Reads(run, s.SourceType)))
            await foreach (var item in source.ItemsAsync(scope, ct))
                if (wanted.Contains((item.SourceType, item.SourceId)) && !string.IsNullOrWhiteSpace(item.Text))
                    texts[(item.SourceType, item.SourceId)] = item.Text;
        return texts;
    }
}
