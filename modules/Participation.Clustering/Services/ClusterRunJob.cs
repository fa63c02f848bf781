using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Clustering.Services;

/// <summary>
/// A full clustering run, as a background job: gather texts from the sources, run the pipeline (progress saved
/// as it goes so staff can watch), store clusters, members and redacted representatives, keep the model for
/// incremental assignment. A failure is recorded on the run as a localisation key, never thrown away.
/// </summary>
public sealed class ClusterRunJob(ParticipationDbContext db, IEnumerable<IClusterSource> sources, ClusteringPipeline pipeline,
    IRedactor redactor, ClusteringModelStore store, RerunCarryOver carryOver, TimeProvider clock, ILogger<ClusterRunJob> log)
{
    /// <summary>Fewer texts than this make no useful topics.</summary>
    public const int MinimumItems = 6;

    /// <summary>How often a working run says it is alive (see <see cref="StuckRuns"/>).</summary>
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(10);

    private int attempt;

    public async Task RunAsync(int runId, CancellationToken ct)
    {
        // Claimed in one statement, so two workers given the same run (a re-queued stuck run) never both work on it.
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Set<ClusterRun>().Where(r => r.Id == runId && r.Status == RunStatus.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatus.Running).SetProperty(r => r.StartedAt, now)
                .SetProperty(r => r.HeartbeatAt, now).SetProperty(r => r.Progress, 0.05).SetProperty(r => r.Attempts, r => r.Attempts + 1), ct);
        if (claimed == 0) return;
        var run = await db.Set<ClusterRun>().FirstAsync(r => r.Id == runId, ct);
        await db.Entry(run).ReloadAsync(ct);   // the caller may hold this run tracked from before the update
        attempt = run.Attempts;
        if (run.ErrorKey != StuckRuns.RequeuedKey) run.ErrorKey = null;
        await db.SaveChangesAsync(ct);
        try
        {
            var items = await RunScopes.ItemsAsync(run, sources, ct);
            run.ItemCount = items.Count;
            if (items.Count < MinimumItems)
            {
                await FailAsync(run, "Clustering.Error.TooFew", ct);
                return;
            }
            run.Progress = 0.1;
            await db.SaveChangesAsync(ct);
            var outcome = await RunPipelineAsync(run, items, ct);
            await StoreAsync(run, items, outcome, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await FailAsync(run, "Clustering.Error.Cancelled", CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError(e, "Clustering run {RunId} failed", runId);
            db.ChangeTracker.Clear();
            run = await db.Set<ClusterRun>().FirstAsync(r => r.Id == runId, CancellationToken.None);
            await FailAsync(run, "Clustering.Error.Unexpected", CancellationToken.None);
        }
    }

    private async Task<ClusteringOutcome> RunPipelineAsync(ClusterRun run, List<ClusterSourceItem> items, CancellationToken ct)
    {
        var texts = items.Select(i => i.Text).ToList();
        var options = new ClusteringOptions
        {
            K = run.RequestedK,
            Seed = run.Seed,
            // A map people read stays legible with a dozen topics; small sets get fewer.
            KMax = Math.Clamp(texts.Count / 8, 2, 12),
        };
        var steps = 0;
        var work = Task.Run(() => pipeline.Run(texts, options, new SyncProgress(() => Interlocked.Increment(ref steps)), ct), ct);
        var saved = -1;
        var beat = clock.GetUtcNow().UtcDateTime;
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(500, CancellationToken.None));
            var now = Volatile.Read(ref steps);
            var time = clock.GetUtcNow().UtcDateTime;
            if (work.IsCompleted || (now == saved && time - beat < HeartbeatEvery)) continue;
            saved = now;
            beat = time;
            // The pipeline reports about eight steps; progress moves from 0.1 to 0.85 across them.
            run.Progress = 0.1 + 0.75 * Math.Min(1.0, now / 8.0);
            run.HeartbeatAt = time;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return await work;
    }

    private async Task StoreAsync(ClusterRun run, List<ClusterSourceItem> items, ClusteringOutcome outcome, CancellationToken ct)
    {
        // A run recovered as stuck and started again elsewhere belongs to that newer attempt.
        var current = await db.Set<ClusterRun>().AsNoTracking().Where(r => r.Id == run.Id).Select(r => new { r.Attempts, r.Status }).FirstAsync(ct);
        if (current.Attempts != attempt || current.Status != RunStatus.Running)
        {
            log.LogWarning("Clustering run {RunId} was taken over by a later attempt; this result is dropped", run.Id);
            return;
        }
        var embeddings = ModelGeometry.Embed(outcome.Model, items.Select(i => i.Text).ToList());
        var clusters = new Dictionary<int, Cluster>();
        foreach (var summary in outcome.Clusters.Where(c => c.Size > 0))
        {
            var cluster = new Cluster
            {
                RunId = run.Id, Index = summary.Index, Label = Limit(summary.Label, 200),
                Keywords = Limit(string.Join(Cluster.KeywordSeparator, summary.Keywords), 2000),
                Size = summary.Size, X = summary.X, Y = summary.Y,
            };
            clusters[summary.Index] = cluster;
            db.Add(cluster);
        }
        await db.SaveChangesAsync(ct);
        foreach (var summary in outcome.Clusters.Where(c => c.Size > 0))
        {
            var rank = 0;
            foreach (var i in summary.Representatives.Distinct())
                db.Add(new ClusterRepresentative
                {
                    ClusterId = clusters[summary.Index].Id, Rank = rank++, SourceType = items[i].SourceType,
                    SourceId = items[i].SourceId, RedactedText = Limit(redactor.Redact(items[i].Text), 4000),
                });
        }
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!clusters.TryGetValue(outcome.Assignments[i], out var cluster) || !seen.Add((items[i].SourceType, items[i].SourceId))) continue;
            var similarity = ModelGeometry.Similarities(outcome.Model, embeddings, i)[outcome.Assignments[i]];
            db.Add(new ClusterMember
            {
                RunId = run.Id, ClusterId = cluster.Id, SourceType = items[i].SourceType, SourceId = items[i].SourceId,
                X = outcome.Points[i].X, Y = outcome.Points[i].Y, Distance = Math.Round(1 - similarity, 4),
            });
        }
        TemplateGroups.Add(db, run, items, outcome, clusters, redactor);
        run.ModelFile = await store.SaveAsync(run.Id, outcome.Model, ct);
        run.K = clusters.Count;
        run.Status = RunStatus.Done;
        run.Progress = 1;
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await carryOver.ApplyAsync(run, ct);
    }

    private async Task FailAsync(ClusterRun run, string errorKey, CancellationToken ct)
    {
        run.Status = RunStatus.Failed;
        run.ErrorKey = errorKey;
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private static string Limit(string s, int max) => s.Length <= max ? s : s[..max];

    /// <summary>Counts steps on the pipeline's thread (Progress&lt;T&gt; would post to a context that may not exist).</summary>
    private sealed class SyncProgress(Action step) : IProgress<string>
    {
        public void Report(string value) => step();
    }
}
