using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Jobs;

namespace Participation.Clustering.Services;

/// <summary>
/// Finds runs a crash or restart left behind: "running" with a heartbeat that stopped, or "queued" long after
/// the job store lost their job (the in-memory store forgets jobs on restart). Each is queued again while it
/// has attempts left, otherwise marked failed with a message staff read on the run's page.
/// </summary>
public sealed class StuckRuns(ParticipationDbContext db, IJobScheduler jobs, IAuditLog audit, IOptions<ClusteringModuleOptions> options, TimeProvider clock)
{
    /// <summary>Shown on a run that was restarted automatically (kept when it then completes).</summary>
    public const string RequeuedKey = "Clustering.Notice.Requeued";
    public const string InterruptedKey = "Clustering.Error.Interrupted";

    public async Task<(int Requeued, int Failed)> RecoverAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now.AddMinutes(-Math.Max(1, o.StaleRunMinutes));
        var lost = now.AddMinutes(-Math.Max(1, o.LostQueuedMinutes));
        var stuck = await db.Set<ClusterRun>()
            .Where(r => (r.Status == RunStatus.Running && (r.HeartbeatAt ?? r.StartedAt ?? r.CreatedAt) < stale)
                        || (r.Status == RunStatus.Queued && (r.HeartbeatAt ?? r.CreatedAt) < lost))
            .OrderBy(r => r.Id).ToListAsync(ct);
        int requeued = 0, failed = 0;
        foreach (var run in stuck)
        {
            if (run.Attempts < Math.Max(1, o.MaxAttempts))
            {
                run.Status = RunStatus.Queued;
                run.Progress = 0;
                run.HeartbeatAt = now;   // a fresh "lost" clock for the new job
                run.ErrorKey = RequeuedKey;
                audit.Record("clustering.run-requeued", "clustering-run", run.Id, $"attempts={run.Attempts}");
                requeued++;
            }
            else
            {
                run.Status = RunStatus.Failed;
                run.ErrorKey = InterruptedKey;
                run.FinishedAt = now;
                audit.Record("clustering.run-interrupted", "clustering-run", run.Id, $"attempts={run.Attempts}");
                failed++;
            }
        }
        if (stuck.Count == 0) return (0, 0);
        await db.SaveChangesAsync(ct);
        foreach (var run in stuck.Where(r => r.Status == RunStatus.Queued))
        {
            var id = run.Id;
            jobs.Enqueue<ClusterRunJob>(j => j.RunAsync(id, CancellationToken.None));
        }
        return (requeued, failed);
    }
}
