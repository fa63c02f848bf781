using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Clustering.Services;

/// <summary>
/// Keeps the newest <see cref="ClusteringModuleOptions.KeepRunsPerScope"/> finished runs of each scope and deletes
/// older ones with their model files. Never deleted: published runs, runs staff linked to plan measures or opinion
/// groups (their links are shown elsewhere), and the latest completed run of a scope (new items are placed in it).
/// Model files no run refers to are removed too, once old enough not to belong to a run being stored right now.
/// </summary>
public sealed class RunPruner(ParticipationDbContext db, ClusteringModelStore store, IAuditLog audit, IOptions<ClusteringModuleOptions> options,
    TimeProvider clock)
{
    public static readonly TimeSpan OrphanAge = TimeSpan.FromHours(1);

    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var keep = Math.Max(1, options.Value.KeepRunsPerScope);
        var runs = await db.Set<ClusterRun>().AsNoTracking().Where(r => r.Status == RunStatus.Done || r.Status == RunStatus.Failed)
            .Select(r => new { r.Id, r.ScopeKind, r.ContainerId, r.WardId, r.From, r.To, r.CreatedAt, r.Status, r.IsPublished, r.ModelFile })
            .ToListAsync(ct);
        var measureLinked = await (from l in db.Set<ClusterMeasureLink>() join c in db.Set<Cluster>() on l.ClusterId equals c.Id select c.RunId)
            .Distinct().ToListAsync(ct);
        var groupLinked = await db.Set<ClusterGroupLink>().Select(l => l.RunId).Distinct().ToListAsync(ct);
        var kept = measureLinked.Concat(groupLinked).ToHashSet();
        var doomed = new List<(int Id, string? File)>();
        foreach (var scope in runs.GroupBy(r => (r.ScopeKind, r.ContainerId, r.WardId, r.From, r.To)))
        {
            var ordered = scope.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToList();
            var latestDone = ordered.FirstOrDefault(r => r.Status == RunStatus.Done)?.Id;
            doomed.AddRange(ordered.Skip(keep).Where(r => !r.IsPublished && !kept.Contains(r.Id) && r.Id != latestDone).Select(r => (r.Id, r.ModelFile)));
        }
        if (doomed.Count > 0)
        {
            var ids = doomed.Select(d => d.Id).ToList();
            // Later runs may point at these as "previous"; the pointer goes, the comparison rows stay.
            await db.Set<ClusterRun>().Where(r => r.PreviousRunId != null && ids.Contains(r.PreviousRunId.Value))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.PreviousRunId, (int?)null), ct);
            foreach (var id in ids) audit.Record("clustering.run-pruned", "clustering-run", id);
            await db.SaveChangesAsync(ct);
            // Clusters, members, representatives, edits and template groups go with the run (cascade).
            await db.Set<ClusterRun>().Where(r => ids.Contains(r.Id)).ExecuteDeleteAsync(ct);
            foreach (var (_, file) in doomed) store.Delete(file);
        }
        await DeleteOrphanFilesAsync(ct);
        return doomed.Count;
    }

    private async Task DeleteOrphanFilesAsync(CancellationToken ct)
    {
        var folder = Path.GetDirectoryName(store.PathOf("x"))!;
        if (!Directory.Exists(folder)) return;
        var used = (await db.Set<ClusterRun>().Where(r => r.ModelFile != null).Select(r => r.ModelFile!).ToListAsync(ct)).ToHashSet();
        var cutoff = clock.GetUtcNow().UtcDateTime - OrphanAge;
        foreach (var path in Directory.EnumerateFiles(folder, "run-*.model*"))
        {
            var name = Path.GetFileName(path);
            if (used.Contains(name) || File.GetLastWriteTimeUtc(path) > cutoff) continue;
            try { File.Delete(path); } catch (IOException) { }
        }
    }
}
