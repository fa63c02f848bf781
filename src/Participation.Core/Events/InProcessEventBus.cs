using Microsoft.Extensions.DependencyInjection;

namespace Participation.Core.Events;

public sealed class InProcessEventBus(IServiceProvider services) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
            await handler.HandleAsync(domainEvent, cancellationToken);
    }

    public async Task PublishAllAsync<TEvent>(IReadOnlyList<TEvent> domainEvents, CancellationToken cancellationToken = default) where TEvent : IDomainEvent
    {
        if (domainEvents.Count == 0) return;
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            if (handler is IDomainEventBatchHandler<TEvent> batch)
                await batch.HandleAllAsync(domainEvents, cancellationToken);
            else
                foreach (var domainEvent in domainEvents) await handler.HandleAsync(domainEvent, cancellationToken);
        }
    }
}
