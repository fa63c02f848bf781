namespace Participation.Core.Events;

/// <summary>A public-comment submission was accepted (any channel). Carries no personal data.</summary>
public sealed record SubmissionAccepted(int RoundId, int SubmissionId, IReadOnlyList<int> OpinionIds, int? WardId) : IDomainEvent;

/// <summary>A round's results (opinion groups, 考え方, 反映区分) were published.</summary>
public sealed record RoundResultsPublished(int RoundId, int? WardId) : IDomainEvent;
