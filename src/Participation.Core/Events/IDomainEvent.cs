namespace Participation.Core.Events;

/// <summary>
/// Something that happened in one module that others may react to (e.g. Consultations raises
/// <c>SubmissionAccepted</c>; Clustering listens). Modules share events, never tables.
/// </summary>
public interface IDomainEvent;

/// <summary>Reacts to an event, in the same request scope as the code that raised it.</summary>
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>Publishes events to every registered handler, in registration order.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;
}
