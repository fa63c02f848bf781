using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Intake;

/// <summary>The demo site with a quick outbox poll and a handler that counts every <c>SubmissionAccepted</c> it sees.</summary>
public class IntakeSiteFactory : ParticipationFactory
{
    public IntakeSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Consultations:Intake:OutboxPollSeconds"] = "0.3";
    }

    /// <summary>Submission id → how many times <c>SubmissionAccepted</c> reached a handler.</summary>
    public ConcurrentDictionary<int, int> Accepted { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddScoped<IDomainEventHandler<SubmissionAccepted>>(_ => new CountingHandler(Accepted)));
    }

    private sealed class CountingHandler(ConcurrentDictionary<int, int> counts) : IDomainEventHandler<SubmissionAccepted>
    {
        public Task HandleAsync(SubmissionAccepted domainEvent, CancellationToken cancellationToken)
        {
            counts.AddOrUpdate(domainEvent.SubmissionId, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
