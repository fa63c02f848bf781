using Microsoft.Extensions.Hosting;
using Participation.Core.Jobs;

namespace Participation.Summaries.Services;

/// <summary>Registers the weekly digest with the job scheduler when the site starts (Mondays 08:00 Tokyo time).</summary>
public sealed class DigestSchedule(IJobScheduler jobs) : IHostedService
{
    public const string JobId = "summaries-weekly-digest";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Recurring<DigestJob>(JobId, j => j.RunAsync(CancellationToken.None), "0 8 * * 1");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
