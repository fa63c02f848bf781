using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>
/// Puts new items in a completed run at the nearest centre of its stored model, respecting staff edits: a centre
/// of a cluster merged away leads to the cluster it was merged into, a split cluster's centre is replaced by its
/// parts' centres (added to the model by the split), and labels staff gave are never touched.
/// </summary>
public static class IncrementalPlacement
{
    public static async Task<int> PlaceAsync(ParticipationDbContext db, ClusterRun run, ClusteringModel model, IReadOnlyList<ClusterSourceItem> items,
        CancellationToken ct)
    {
        if (items.Count == 0) return 0;
        var all = await db.Set<Cluster>().Where(c => c.RunId == run.Id).ToListAsync(ct);
        var byId = all.ToDictionary(c => c.Id);
        Cluster? Live(Cluster c)
        {
            for (var hops = 0; c.Retired && hops < 64; hops++)
            {
                if (c.MergedIntoId is not int next || !byId.TryGetValue(next, out var target)) return null;
                c = target;
            }
            return c.Retired ? null : c;
        }
        var targets = all.Where(c => c.Index < model.K).Select(c => (c.Index, Target: Live(c))).Where(x => x.Target is not null)
            .ToDictionary(x => x.Index, x => x.Target!);
        if (targets.Count == 0) return 0;
        var embeddings = ModelGeometry.Embed(model, items.Select(i => i.Text).ToList());
        var placed = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var similarities = ModelGeometry.Similarities(model, embeddings, i);
            var best = targets.Keys.MaxBy(c => similarities[c]);
            var cluster = targets[best];
            cluster.Size++;
            db.Add(new ClusterMember
            {
                RunId = run.Id, ClusterId = cluster.Id, SourceType = items[i].SourceType, SourceId = items[i].SourceId,
                X = cluster.X, Y = cluster.Y, Distance = Math.Round(1 - similarities[best], 4), Incremental = true,
            });
            placed++;
        }
        await db.SaveChangesAsync(ct);
        return placed;
    }
}
