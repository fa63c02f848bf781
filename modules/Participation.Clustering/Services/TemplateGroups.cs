using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Clustering.Services;

/// <summary>
/// Records the near-duplicate groups a run found (campaign postcards, copy-pasted letters) with their size and
/// one redacted sample, so staff see each template and how many sent it. Groups of one are ordinary opinions.
/// </summary>
public static class TemplateGroups
{
    public const int MinimumSize = 2;

    public static void Add(ParticipationDbContext db, ClusterRun run, IReadOnlyList<ClusterSourceItem> items, ClusteringOutcome outcome,
        IReadOnlyDictionary<int, Cluster> clusters, IRedactor redactor)
    {
        var sizes = new Dictionary<int, int>();
        foreach (var g in outcome.GroupOf) sizes[g] = sizes.GetValueOrDefault(g) + 1;
        foreach (var (first, size) in sizes.Where(kv => kv.Value >= MinimumSize).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key))
        {
            if (!clusters.TryGetValue(outcome.Assignments[first], out var cluster)) continue;
            var text = redactor.Redact(items[first].Text);
            db.Add(new ClusterTemplateGroup
            {
                RunId = run.Id, ClusterId = cluster.Id, Size = size, SourceType = items[first].SourceType, SourceId = items[first].SourceId,
                RedactedSample = text.Length <= 4000 ? text : text[..4000],
            });
        }
    }
}
