namespace Participation.Core.Events;

/// <summary>
/// A ward discussion text became public: a new thread or reply that passed the screen, or one a moderator released.
/// <see cref="SourceId"/> is the id the ward's cluster source gives it ("thread:12", "reply:34"); no text, no author.
/// </summary>
public sealed record WardPostPublished(int WardId, string SourceId, DateTime CreatedAtUtc) : IDomainEvent;
