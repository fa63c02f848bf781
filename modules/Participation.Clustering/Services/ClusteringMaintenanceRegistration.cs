using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Core.Jobs;

namespace Participation.Clustering.Services;

/// <summary>
/// On every start: registers the recurring housekeeping job (the in-memory job store forgets it on restart) and
/// queues one pass at once, so a run a crash left "running" is dealt with soon after the restart.
/// </summary>
public sealed class ClusteringMaintenanceRegistration(IServiceScopeFactory scopes, IOptions<ClusteringModuleOptions> options,
    ILogger<ClusteringMaintenanceRegistration> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var jobs = scope.ServiceProvider.GetRequiredService<IJobScheduler>();
            jobs.Recurring<ClusteringMaintenanceJob>(ClusteringMaintenanceJob.JobId, j => j.RunAsync(), options.Value.MaintenanceCron);
            jobs.Enqueue<ClusteringMaintenanceJob>(j => j.RunAsync());
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            log.LogWarning(e, "Could not register the clustering maintenance job");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
