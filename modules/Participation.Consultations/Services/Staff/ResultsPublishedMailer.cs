using Participation.Consultations.Services.Follow;
using Participation.Core.Events;
using Participation.Core.Jobs;
using Participation.Core.Mail;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// On publication, queues the mails to submitters and followers (<see cref="ResultsMailJob"/>) instead of sending
/// them inside the publishing request. The request's address goes along for links when no public base URL is set.
/// </summary>
public sealed class ResultsPublishedMailer(IJobScheduler jobs, PublicLinks links) : IDomainEventHandler<RoundResultsPublished>
{
    public Task HandleAsync(RoundResultsPublished e, CancellationToken ct)
    {
        var roundId = e.RoundId;
        var origin = links.Origin();
        jobs.Enqueue<ResultsMailJob>(j => j.SendAsync(roundId, origin));
        return Task.CompletedTask;
    }
}
