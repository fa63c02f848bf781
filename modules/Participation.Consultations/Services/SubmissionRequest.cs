using Participation.Consultations.Models;

namespace Participation.Consultations.Services;

/// <summary>What a submitter gives on any channel; the web form, staff entry and the API all build one.</summary>
public sealed class SubmissionRequest
{
    public string? Category { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public int? WardId { get; set; }
    public List<OpinionInput> Opinions { get; set; } = [];
}

public sealed class OpinionInput
{
    public string? Section { get; set; }
    public string? Text { get; set; }
}

/// <summary>Who and how: channel, signed-in user, staff member, received date, idempotency key.</summary>
public sealed record SubmissionContext(Channel Channel, string? UserId = null, string? EnteredBy = null,
    DateTime? ReceivedAt = null, string? IdempotencyKey = null);

/// <summary><see cref="Busy"/>: the node's write queue is full; nothing was stored, the same submission may be sent again shortly.</summary>
public enum SubmissionOutcome { Accepted, Repeated, Invalid, RoundNotOpen, NotFound, Busy }

/// <summary>
/// The result. <see cref="Errors"/> maps a field path (category, name, opinions[0].text) to a
/// localisation key and its argument.
/// </summary>
public sealed record SubmissionResult(SubmissionOutcome Outcome, string? Receipt = null, int? SubmissionId = null,
    IReadOnlyDictionary<string, FieldError>? Errors = null, string? AccessSecret = null);

public sealed record FieldError(string Key, object? Argument = null);
