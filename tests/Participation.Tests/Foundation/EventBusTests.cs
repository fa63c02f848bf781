using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Events;

namespace Participation.Tests.Foundation;

/// <summary>Raising many events at once: a batch handler gets them in one call, any other handler one by one, in order.</summary>
public sealed class EventBusTests
{
    [Fact]
    public async Task Publishing_all_hands_a_batch_handler_one_list_and_a_plain_handler_each_event()
    {
        var seen = new List<string>();
        var services = new ServiceCollection()
            .AddSingleton<IDomainEventHandler<SubmissionAccepted>>(new Plain(seen))
            .AddSingleton<IDomainEventHandler<SubmissionAccepted>>(new Batch(seen))
            .BuildServiceProvider();
        var bus = new InProcessEventBus(services);

        await bus.PublishAllAsync<SubmissionAccepted>([new(1, 10, [100], null), new(1, 11, [110, 111], 3)]);
        await bus.PublishAllAsync<SubmissionAccepted>([]);
        await bus.PublishAsync(new SubmissionAccepted(2, 12, [120], null));

        Assert.Equal(["plain 10", "plain 11", "batch 10,11", "plain 12", "batch 12"], seen);
    }

    private sealed class Plain(List<string> seen) : IDomainEventHandler<SubmissionAccepted>
    {
        public Task HandleAsync(SubmissionAccepted e, CancellationToken cancellationToken)
        {
            seen.Add($"plain {e.SubmissionId}");
            return Task.CompletedTask;
        }
    }

    private sealed class Batch(List<string> seen) : IDomainEventBatchHandler<SubmissionAccepted>
    {
        public Task HandleAsync(SubmissionAccepted e, CancellationToken cancellationToken) => HandleAllAsync([e], cancellationToken);

        public Task HandleAllAsync(IReadOnlyList<SubmissionAccepted> events, CancellationToken cancellationToken)
        {
            seen.Add("batch " + string.Join(",", events.Select(e => e.SubmissionId)));
            return Task.CompletedTask;
        }
    }
}
