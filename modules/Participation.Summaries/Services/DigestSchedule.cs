using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Participation.Core.Jobs;

namespace Participation.Summaries.Services;

/// <summary>Registers the weekly digest with the job scheduler when the site starts (Mondays 08:00 Tokyo time).</summary>
public sealed class DigestSchedule(IServiceScopeFactory scopes) : IHostedService
{
    public const string JobId = "summaries-weekly-digest";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // The scheduler is scoped; a hosted service lives for the whole run, so it borrows one scope.
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<IJobScheduler>()
            .Recurring<DigestJob>(JobId, j => j.RunAsync(CancellationToken.None), "0 8 * * 1");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
