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

/// <summary>
/// A handler that can take many events of one kind at once (one query and one save for a whole batch of
/// submissions instead of one each). Still answers single events through <see cref="IDomainEventHandler{TEvent}"/>.
/// </summary>
public interface IDomainEventBatchHandler<TEvent> : IDomainEventHandler<TEvent> where TEvent : IDomainEvent
{
    Task HandleAllAsync(IReadOnlyList<TEvent> domainEvents, CancellationToken cancellationToken);
}

/// <summary>Publishes events to every registered handler, in registration order.</summary>
public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;

    /// <summary>
    /// Publishes many events of one kind: a <see cref="IDomainEventBatchHandler{TEvent}"/> gets them all in one call,
    /// any other handler one by one, in order.
    /// </summary>
    Task PublishAllAsync<TEvent>(IReadOnlyList<TEvent> domainEvents, CancellationToken cancellationToken = default) where TEvent : IDomainEvent;
}
