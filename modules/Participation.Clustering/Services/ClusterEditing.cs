using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Clustering.Services;

/// <summary>
/// Staff rename and merge clusters of a completed run (splitting is <see cref="ClusterSplitter"/>). Each edit is
/// based on the cluster's Version: an edit of an older version is refused as a conflict, never silently applied.
/// Edits are kept (<see cref="ClusterEdit"/>) for the next full re-run and audited with ids only.
/// </summary>
public sealed class ClusterEditing(ParticipationDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const int MaxLabel = 200;

    public async Task<ClusterEditResult> RenameAsync(ClusterRun run, int clusterId, string? label, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await LiveAsync(run, clusterId, ct);
        if (cluster is null) return await MissingAsync(run, clusterId, ct);
        label = label?.Trim();
        if (string.IsNullOrEmpty(label)) return ClusterEditResult.Invalid("Clustering.Edit.LabelRequired");
        if (label.Length > MaxLabel) return ClusterEditResult.Invalid("Clustering.Edit.LabelTooLong");
        if (cluster.Version != version) return ClusterEditResult.Conflict;
        if (label == cluster.Label) return ClusterEditResult.Saved(cluster.Id);
        Record(run, cluster.Id, ClusterEditKind.Renamed, null, cluster.Label, label, user);
        cluster.OriginalLabel ??= cluster.Label;
        cluster.Label = label;
        Bump(cluster, version);
        audit.Record("clustering.cluster-renamed", "clustering-cluster", cluster.Id, $"run={run.Id}");
        return await SaveAsync(cluster.Id, ct);
    }

    /// <summary>Moves every item of <paramref name="sourceId"/> into <paramref name="targetId"/>; the source stays, retired, so its centre leads to the target.</summary>
    public async Task<ClusterEditResult> MergeAsync(ClusterRun run, int targetId, int sourceId, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var target = await LiveAsync(run, targetId, ct);
        if (target is null) return await MissingAsync(run, targetId, ct);
        var source = sourceId == targetId ? null : await LiveAsync(run, sourceId, ct);
        if (source is null) return ClusterEditResult.Invalid("Clustering.Merge.BadSource");
        if (target.Version != version) return ClusterEditResult.Conflict;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<ClusterMember>().Where(m => m.RunId == run.Id && m.ClusterId == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClusterId, target.Id), ct);
        await db.Set<ClusterTemplateGroup>().Where(g => g.RunId == run.Id && g.ClusterId == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ClusterId, target.Id), ct);
        // Clusters merged into the source earlier now lead straight to the target.
        await db.Set<Cluster>().Where(c => c.RunId == run.Id && c.MergedIntoId == source.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.MergedIntoId, target.Id), ct);
        await MoveLinksAsync(source.Id, target.Id, ct);
        await MoveRepresentativesAsync(source.Id, target.Id, ct);

        var total = Math.Max(1, target.Size + source.Size);
        target.X = (target.X * target.Size + source.X * source.Size) / total;
        target.Y = (target.Y * target.Size + source.Y * source.Size) / total;
        target.Size += source.Size;
        target.Keywords = string.Join(Cluster.KeywordSeparator, target.KeywordList.Concat(source.KeywordList).Distinct().Take(12));
        if (target.Keywords.Length > 2000) target.Keywords = target.Keywords[..2000];
        source.Retired = true;
        source.MergedIntoId = target.Id;
        source.Size = 0;
        source.Version++;
        Bump(target, version);
        Record(run, target.Id, ClusterEditKind.Merged, source.Id, source.Label, target.Label, user);
        audit.Record("clustering.clusters-merged", "clustering-cluster", target.Id, $"run={run.Id};from={source.Id}");
        var result = await SaveAsync(target.Id, ct);
        if (result.Outcome == ClusterEditOutcome.Saved) await tx.CommitAsync(ct);
        return result;
    }

    public void Record(ClusterRun run, int clusterId, ClusterEditKind kind, int? other, string? before, string? after, ClaimsPrincipal user) =>
        db.Add(new ClusterEdit
        {
            RunId = run.Id, ClusterId = clusterId, Kind = kind, OtherClusterId = other, Before = Limit(before), After = Limit(after),
            EditedBy = user.UserId(), EditedAt = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>A cluster of the run that is still listed (not merged away or split), tracked for editing.</summary>
    public Task<Cluster?> LiveAsync(ClusterRun run, int clusterId, CancellationToken ct) =>
        db.Set<Cluster>().FirstOrDefaultAsync(c => c.Id == clusterId && c.RunId == run.Id && !c.Retired, ct);

    /// <summary>Conflict when the cluster was merged away or split since the editor loaded it; otherwise it never existed.</summary>
    public async Task<ClusterEditResult> MissingAsync(ClusterRun run, int clusterId, CancellationToken ct) =>
        await db.Set<Cluster>().AnyAsync(c => c.Id == clusterId && c.RunId == run.Id, ct) ? ClusterEditResult.Conflict : ClusterEditResult.NotFound;

    /// <summary>The database compares the version it holds with the one the editor started from.</summary>
    public void Bump(Cluster cluster, int version)
    {
        db.Entry(cluster).Property(c => c.Version).OriginalValue = version;
        cluster.Version = version + 1;
    }

    public async Task<ClusterEditResult> SaveAsync(int clusterId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return ClusterEditResult.Saved(clusterId);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ClusterEditResult.Conflict;
        }
    }

    private async Task MoveLinksAsync(int sourceId, int targetId, CancellationToken ct)
    {
        var measures = await db.Set<ClusterMeasureLink>().Where(l => l.ClusterId == sourceId || l.ClusterId == targetId).ToListAsync(ct);
        var targetMeasures = measures.Where(l => l.ClusterId == targetId).Select(l => l.MeasureId).ToHashSet();
        foreach (var l in measures.Where(l => l.ClusterId == sourceId))
            if (targetMeasures.Add(l.MeasureId)) l.ClusterId = targetId; else db.Remove(l);
        var groups = await db.Set<ClusterGroupLink>().Where(l => l.ClusterId == sourceId || l.ClusterId == targetId).ToListAsync(ct);
        var targetGroups = groups.Where(l => l.ClusterId == targetId).Select(l => l.GroupId).ToHashSet();
        foreach (var l in groups.Where(l => l.ClusterId == sourceId))
            if (targetGroups.Add(l.GroupId)) l.ClusterId = targetId; else db.Remove(l);
    }

    /// <summary>The target's representatives first, then the source's, at most <see cref="MaxRepresentatives"/>.</summary>
    private async Task MoveRepresentativesAsync(int sourceId, int targetId, CancellationToken ct)
    {
        var reps = await db.Set<ClusterRepresentative>().Where(r => r.ClusterId == sourceId || r.ClusterId == targetId).ToListAsync(ct);
        var ordered = reps.Where(r => r.ClusterId == targetId).OrderBy(r => r.Rank).Concat(reps.Where(r => r.ClusterId == sourceId).OrderBy(r => r.Rank)).ToList();
        var rank = 0;
        foreach (var r in ordered)
        {
            if (rank >= MaxRepresentatives) { db.Remove(r); continue; }
            r.ClusterId = targetId;
            r.Rank = rank++;
        }
    }

    public const int MaxRepresentatives = 5;

    private static string? Limit(string? s) => s is null || s.Length <= MaxLabel ? s : s[..MaxLabel];
}
