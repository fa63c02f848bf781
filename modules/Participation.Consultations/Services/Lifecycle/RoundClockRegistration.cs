using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Core.Jobs;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>Registers the recurring reconcile job on every start (the in-memory job store forgets it on restart).</summary>
public sealed class RoundClockRegistration(IServiceScopeFactory scopes, IOptions<LifecycleOptions> options,
    ILogger<RoundClockRegistration> log) : IHostedService
{
    public const string JobId = "consultations.round-clock";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<IJobScheduler>()
                .Recurring<RoundClockJob>(JobId, j => j.ReconcileAsync(), options.Value.ReconcileCron);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A site without a job store still works: the clock decides the effective status on every read.
            log.LogWarning(e, "Could not register the round clock job");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
