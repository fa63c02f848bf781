using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Clustering.Services;

/// <summary>
/// Splits one cluster into 2..n by clustering its own items again with the module's pipeline (same seed: the same
/// split every time). The parts get labels, keywords and redacted representatives of their own; their centres are
/// added to the run's model (in the run's space) so new items keep arriving in the right part.
/// </summary>
public sealed class ClusterSplitter(ParticipationDbContext db, ClusterEditing editing, ClusteringPipeline pipeline, IEnumerable<IClusterSource> sources,
    ClusteringModelStore store, ClusteringModelCache models, IRedactor redactor, IAuditLog audit, IOptions<ClusteringModuleOptions> options)
{
    public async Task<ClusterEditResult> SplitAsync(ClusterRun run, int clusterId, int parts, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var o = options.Value;
        var cluster = await editing.LiveAsync(run, clusterId, ct);
        if (cluster is null) return await editing.MissingAsync(run, clusterId, ct);
        if (parts < 2 || parts > o.MaxSplitParts) return ClusterEditResult.Invalid("Clustering.Split.BadParts");
        if (cluster.Version != version) return ClusterEditResult.Conflict;
        var members = await db.Set<ClusterMember>().Where(m => m.RunId == run.Id && m.ClusterId == cluster.Id).OrderBy(m => m.Id).ToListAsync(ct);
        if (members.Count > o.MaxSplitItems) return ClusterEditResult.Invalid("Clustering.Split.TooMany");
        var texts = await RunTexts.ForAsync(run, sources, members.Select(m => (m.SourceType, m.SourceId)).ToHashSet(), ct);
        var items = members.Where(m => texts.ContainsKey((m.SourceType, m.SourceId))).ToList();
        if (items.Count < 2 * parts) return ClusterEditResult.Invalid("Clustering.Split.TooFew");

        var itemTexts = items.Select(m => texts[(m.SourceType, m.SourceId)]).ToList();
        var outcome = pipeline.Run(itemTexts, new ClusteringOptions { K = parts, KMin = 2, KMax = parts, Seed = run.Seed }, null, ct);
        var used = outcome.Clusters.Where(c => c.Size > 0).ToList();
        if (used.Count < 2) return ClusterEditResult.Invalid("Clustering.Split.NoSplit");

        // Part centres in the run's own space: the mean of the part's items as the run's model places them.
        var model = models.Get(run.ModelFile);
        var all = await db.Set<Cluster>().Where(c => c.RunId == run.Id).ToListAsync(ct);
        var firstIndex = Math.Max(model?.K ?? 0, all.Max(c => c.Index) + 1);
        var newModel = model is null ? null : WithPartCentres(model, itemTexts, outcome.Assignments, used.Select(u => u.Index).ToList(), firstIndex);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = new Dictionary<int, Cluster>();
        foreach (var (part, n) in used.Select((p, n) => (p, n)))
        {
            var mine = Enumerable.Range(0, items.Count).Where(i => outcome.Assignments[i] == part.Index).ToList();
            var c = new Cluster
            {
                RunId = run.Id, Index = firstIndex + n, Label = Limit(part.Label, 200),
                Keywords = Limit(string.Join(Cluster.KeywordSeparator, part.Keywords), 2000), Size = mine.Count,
                X = mine.Average(i => items[i].X), Y = mine.Average(i => items[i].Y), SplitFromId = cluster.Id,
            };
            created[part.Index] = c;
            db.Add(c);
        }
        cluster.Retired = true;
        editing.Bump(cluster, version);
        editing.Record(run, cluster.Id, ClusterEditKind.Split, null, cluster.Label, string.Join("、", created.Values.Select(c => c.Label)), user);
        audit.Record("clustering.cluster-split", "clustering-cluster", cluster.Id, $"run={run.Id};parts={created.Count}");
        var saved = await editing.SaveAsync(cluster.Id, ct);
        if (saved.Outcome != ClusterEditOutcome.Saved) return saved;

        for (var i = 0; i < items.Count; i++) items[i].ClusterId = created[outcome.Assignments[i]].Id;
        // Items without a text any more (withdrawn since) stay with the largest part.
        var largest = created.Values.MaxBy(c => c.Size)!;
        foreach (var m in members.Except(items)) { m.ClusterId = largest.Id; largest.Size++; }
        foreach (var part in used)
        {
            var rank = 0;
            foreach (var i in part.Representatives.Distinct())
                db.Add(new ClusterRepresentative
                {
                    ClusterId = created[part.Index].Id, Rank = rank++, SourceType = items[i].SourceType, SourceId = items[i].SourceId,
                    RedactedText = Limit(redactor.Redact(itemTexts[i]), 4000),
                });
        }
        var partOf = items.Select((m, i) => (m, i)).ToDictionary(x => (x.m.SourceType, x.m.SourceId), x => created[outcome.Assignments[x.i]].Id);
        foreach (var g in await db.Set<ClusterTemplateGroup>().Where(g => g.RunId == run.Id && g.ClusterId == cluster.Id).ToListAsync(ct))
            g.ClusterId = partOf.GetValueOrDefault((g.SourceType, g.SourceId), largest.Id);
        var oldFile = run.ModelFile;
        if (newModel is not null)
        {
            var file = await store.SaveRevisionAsync(run.Id, firstIndex + created.Count, newModel, ct);
            await db.Set<ClusterRun>().Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.ModelFile, file), ct);
            run.ModelFile = file;
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (newModel is not null && oldFile != run.ModelFile) store.Delete(oldFile);
        return ClusterEditResult.Saved(created.Values.First().Id);
    }

    /// <summary>The model with one centre per part appended at <paramref name="firstIndex"/> (gaps stay zero: never nearest).</summary>
    private static ClusteringModel WithPartCentres(ClusteringModel model, IReadOnlyList<string> texts, int[] assignments, IReadOnlyList<int> parts, int firstIndex)
    {
        var dim = model.Dimensions;
        var embeddings = ModelGeometry.Embed(model, texts);
        var centroids = new float[(firstIndex + parts.Count) * dim];
        Array.Copy(model.Centroids, centroids, model.Centroids.Length);
        for (var n = 0; n < parts.Count; n++)
        {
            var row = centroids.AsSpan((firstIndex + n) * dim, dim);
            for (var i = 0; i < texts.Count; i++)
                if (assignments[i] == parts[n])
                    for (var d = 0; d < dim; d++) row[d] += embeddings[i * dim + d];
            var norm = 0f;
            foreach (var v in row) norm += v * v;
            norm = MathF.Sqrt(norm);
            if (norm > 0) for (var d = 0; d < dim; d++) row[d] /= norm;
        }
        return new ClusteringModel(model.Vocabulary, model.Projection, centroids, model.Center);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];
}
