using Microsoft.Extensions.Logging;

namespace Participation.Clustering.Services;

/// <summary>Recurring housekeeping: recover stuck runs, then prune old runs and model files.</summary>
public sealed class ClusteringMaintenanceJob(StuckRuns stuck, RunPruner pruner, ILogger<ClusteringMaintenanceJob> log)
{
    public const string JobId = "clustering.maintenance";

    public async Task RunAsync()
    {
        var (requeued, failed) = await stuck.RecoverAsync(CancellationToken.None);
        var pruned = await pruner.PruneAsync(CancellationToken.None);
        if (requeued + failed + pruned > 0)
            log.LogInformation("Clustering maintenance: {Requeued} runs queued again, {Failed} marked failed, {Pruned} old runs deleted", requeued, failed, pruned);
    }
}
