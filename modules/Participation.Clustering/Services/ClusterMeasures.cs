using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Clustering.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Plans;

namespace Participation.Clustering.Services;

/// <summary>
/// Which plan measures a cluster concerns: each measure's title and description is placed in the run's own
/// feature space and compared with every cluster centre (cosine), so suggestions use the same features as the
/// topics. Staff confirm a suggestion; the plans module is told through <see cref="IMeasureCatalog"/>.
/// </summary>
public sealed class ClusterMeasures(ParticipationDbContext db, ClusteringModelCache models, IAuditLog audit, TimeProvider clock,
    IEnumerable<IMeasureCatalog> catalogs)
{
    public const int PerCluster = 3;
    public const double MinimumScore = 0.05;

    private IMeasureCatalog? Catalog => catalogs.FirstOrDefault();

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<MeasureSuggestion>>> SuggestAsync(ClusterRun run, IReadOnlyList<ClusterView> clusters, CancellationToken ct)
    {
        var ids = clusters.Select(c => c.Cluster.Id).ToList();
        var confirmed = (await db.Set<ClusterMeasureLink>().AsNoTracking().Where(l => ids.Contains(l.ClusterId)).ToListAsync(ct))
            .GroupBy(l => l.ClusterId).ToDictionary(g => g.Key, g => g.ToList());
        var measures = Catalog is { } catalog ? await catalog.ListAsync(ct) : [];
        var model = measures.Count > 0 ? models.Get(run.ModelFile) : null;
        var embeddings = model is null ? null : ModelGeometry.Embed(model, measures.Select(m => m.Title + "\n" + m.Description).ToList());
        var result = new Dictionary<int, IReadOnlyList<MeasureSuggestion>>();
        foreach (var view in clusters)
        {
            var list = confirmed.GetValueOrDefault(view.Cluster.Id, [])
                .Select(l => new MeasureSuggestion(l.MeasureId, l.MeasureTitle, l.MeasureUrl, l.Score, true)).ToList();
            if (model is not null && embeddings is not null && view.Cluster.Index < model.K)
            {
                var scored = measures.Select((m, i) => (m, Score: (double)ModelGeometry.Similarities(model, embeddings, i)[view.Cluster.Index]))
                    .Where(x => x.Score >= MinimumScore && list.All(l => l.MeasureId != x.m.Id))
                    .OrderByDescending(x => x.Score).Take(PerCluster);
                list.AddRange(scored.Select(x => new MeasureSuggestion(x.m.Id, x.m.Title, x.m.Url, Math.Round(x.Score, 3), false)));
            }
            result[view.Cluster.Id] = list;
        }
        return result;
    }

    /// <summary>Confirms a link; false when the cluster or measure is unknown.</summary>
    public async Task<bool> ConfirmAsync(ClusterRun run, int clusterId, int measureId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Catalog is not { } catalog) return false;
        var cluster = await db.Set<Cluster>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clusterId && c.RunId == run.Id, ct);
        var measure = (await catalog.ListAsync(ct)).FirstOrDefault(m => m.Id == measureId);
        if (cluster is null || measure is null) return false;
        var clusters = new[] { new ClusterView(cluster, 0, [], 0) };
        var score = (await SuggestAsync(run, clusters, ct))[cluster.Id].FirstOrDefault(s => s.MeasureId == measureId)?.Score ?? 0;
        if (!await db.Set<ClusterMeasureLink>().AnyAsync(l => l.ClusterId == clusterId && l.MeasureId == measureId, ct))
            db.Add(new ClusterMeasureLink
            {
                ClusterId = clusterId, MeasureId = measureId, MeasureTitle = measure.Title, MeasureUrl = measure.Url, Score = score,
                ConfirmedBy = user.UserId(), ConfirmedAt = clock.GetUtcNow().UtcDateTime,
            });
        audit.Record("clustering.measure-linked", "clustering-cluster", clusterId, $"measure:{measureId}");
        await db.SaveChangesAsync(ct);
        var representative = await db.Set<ClusterRepresentative>().AsNoTracking().Where(r => r.ClusterId == clusterId).OrderBy(r => r.Rank)
            .Select(r => r.RedactedText).FirstOrDefaultAsync(ct) ?? "";
        await catalog.LinkVoiceAsync(new VoiceLinkRequest(measureId, "cluster", clusterId.ToString(CultureInfo.InvariantCulture),
            cluster.Label, $"/clusters/{run.Id}#cluster-{clusterId}", cluster.Size, representative), ct);
        return true;
    }

    /// <summary>After staff rename or merge a cluster: the plans module's copies of its confirmed links get the new name and size.</summary>
    public async Task RefreshLinksAsync(ClusterRun run, int clusterId, CancellationToken ct)
    {
        if (Catalog is not { } catalog) return;
        var links = await db.Set<ClusterMeasureLink>().AsNoTracking().Where(l => l.ClusterId == clusterId).ToListAsync(ct);
        if (links.Count == 0) return;
        var cluster = await db.Set<Cluster>().AsNoTracking().FirstAsync(c => c.Id == clusterId, ct);
        var representative = await db.Set<ClusterRepresentative>().AsNoTracking().Where(r => r.ClusterId == clusterId).OrderBy(r => r.Rank)
            .Select(r => r.RedactedText).FirstOrDefaultAsync(ct) ?? "";
        var measures = (await catalog.ListAsync(ct)).Select(m => m.Id).ToHashSet();
        foreach (var link in links.Where(l => measures.Contains(l.MeasureId)))
            await catalog.LinkVoiceAsync(new VoiceLinkRequest(link.MeasureId, "cluster", clusterId.ToString(CultureInfo.InvariantCulture),
                cluster.Label, $"/clusters/{run.Id}#cluster-{clusterId}", cluster.Size, representative), ct);
    }
}
