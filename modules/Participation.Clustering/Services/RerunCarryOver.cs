using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>
/// After a full re-run, compares it with the previous completed run of the same scope by shared items: a cluster
/// staff renamed gives its name to the new cluster holding most (≥ half) of its items; merges and splits are not
/// redone but reported — whether the new topics keep those items together (or apart) — so staff see what changed.
/// </summary>
public sealed class RerunCarryOver(ParticipationDbContext db)
{
    /// <summary>Share of an old cluster's items one new cluster must hold to inherit its name or count as "kept together".</summary>
    public const double Majority = 0.5;

    public async Task ApplyAsync(ClusterRun run, CancellationToken ct)
    {
        var previous = await db.Set<ClusterRun>().AsNoTracking()
            .Where(r => r.Id != run.Id && r.Status == RunStatus.Done && r.ScopeKind == run.ScopeKind && r.ContainerId == run.ContainerId
                        && r.WardId == run.WardId && r.From == run.From && r.To == run.To && r.CreatedAt <= run.CreatedAt)
            .OrderByDescending(r => r.FinishedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (previous is null) return;
        run.PreviousRunId = previous.Id;
        var edits = await db.Set<ClusterEdit>().AsNoTracking().Where(e => e.RunId == previous.Id).ToListAsync(ct);
        if (edits.Count > 0)
        {
            var oldClusters = await db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == previous.Id).ToDictionaryAsync(c => c.Id, ct);
            var newClusters = await db.Set<Cluster>().Where(c => c.RunId == run.Id).ToDictionaryAsync(c => c.Id, ct);
            var placeOf = await db.Set<ClusterMember>().AsNoTracking().Where(m => m.RunId == run.Id)
                .ToDictionaryAsync(m => (m.SourceType, m.SourceId), m => m.ClusterId, ct);
            var oldMembers = (await db.Set<ClusterMember>().AsNoTracking().Where(m => m.RunId == previous.Id)
                    .Select(m => new { m.ClusterId, m.SourceType, m.SourceId }).ToListAsync(ct))
                .GroupBy(m => m.ClusterId).ToDictionary(g => g.Key, g => g.Select(m => (m.SourceType, m.SourceId)).ToList());

            (int? Id, double Share) Destination(int oldClusterId)
            {
                var items = oldMembers.GetValueOrDefault(oldClusterId) ?? [];
                var best = items.Where(placeOf.ContainsKey).GroupBy(i => placeOf[i]).MaxBy(g => g.Count());
                return best is null || items.Count == 0 ? (null, 0) : (best.Key, (double)best.Count() / items.Count);
            }
            void Note(RunChangeKind kind, string oldLabel, (int? Id, double Share) to) => db.Add(new ClusterRunChange
            {
                RunId = run.Id, PreviousRunId = previous.Id, Kind = kind, OldLabel = oldLabel, NewClusterId = to.Id,
                NewLabel = to.Id is int id ? newClusters[id].Label : null, Overlap = Math.Round(to.Share, 3),
            });

            var renamed = new HashSet<int>();
            foreach (var old in oldClusters.Values.Where(c => !c.Retired && c.OriginalLabel is not null).OrderByDescending(c => c.Size))
            {
                var to = Destination(old.Id);
                if (to.Id is int id && to.Share >= Majority && renamed.Add(id))
                {
                    var target = newClusters[id];
                    target.OriginalLabel = target.Label;
                    target.Label = old.Label;
                    Note(RunChangeKind.RenameCarried, old.Label, to);
                }
                else Note(RunChangeKind.RenameDropped, old.Label, to);
            }
            foreach (var merge in edits.Where(e => e.Kind == ClusterEditKind.Merged))
            {
                if (!oldClusters.TryGetValue(merge.ClusterId, out var kept) || kept.Retired) continue;
                var to = Destination(kept.Id);
                Note(to.Share >= Majority ? RunChangeKind.MergeKept : RunChangeKind.MergeUndone, kept.Label, to);
            }
            foreach (var split in edits.Where(e => e.Kind == ClusterEditKind.Split))
            {
                var parts = oldClusters.Values.Where(c => c.SplitFromId == split.ClusterId && !c.Retired).ToList();
                if (parts.Count < 2) continue;
                var destinations = parts.Select(p => Destination(p.Id).Id).ToList();
                var apart = destinations.All(d => d is not null) && destinations.Distinct().Count() == destinations.Count;
                Note(apart ? RunChangeKind.SplitKept : RunChangeKind.SplitUndone, split.Before ?? "", (null, 0));
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
