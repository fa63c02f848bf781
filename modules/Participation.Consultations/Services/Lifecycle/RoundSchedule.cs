using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Jobs;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// Schedules the opening, closing and results reminder of a round on save. Job ids are not kept:
/// each job re-reads the round and does nothing when its time has moved, and the recurring
/// <see cref="RoundClockJob.ReconcileAsync"/> catches any job that was lost (e.g. an in-memory store after a restart).
/// </summary>
public sealed class RoundSchedule(IJobScheduler jobs, IOptions<LifecycleOptions> options)
{
    public void Schedule(ConsultationRound round)
    {
        if (round.Status is RoundStatus.Preparing or RoundStatus.ResultsPublished) return;
        var id = round.Id;
        if (round.Status == RoundStatus.Announced) jobs.Schedule<RoundClockJob>(j => j.OpenAsync(id), AsOffset(round.OpensAt));
        if (round.Status is RoundStatus.Announced or RoundStatus.Open) jobs.Schedule<RoundClockJob>(j => j.CloseAsync(id), AsOffset(round.ClosesAt));
        jobs.Schedule<RoundClockJob>(j => j.RemindAsync(id), AsOffset(round.ClosesAt.AddDays(options.Value.ResultsDueDays)));
    }

    private static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
