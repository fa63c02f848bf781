using Participation.Consultations.Models;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// A checked submission waiting for the writer. The request awaits <see cref="Completion"/>, which is set only
/// after the transaction holding the submission has committed (or with the receipt of an earlier one, same key).
/// </summary>
public sealed class PendingSubmission(Submission submission, SubmitterContact contact, string? secret, string? outboxSecret,
    string? origin, string? culture)
{
    public Submission Submission { get; } = submission;
    public SubmitterContact Contact { get; } = contact;
    /// <summary>The edit-link secret in clear, handed back to the caller with the receipt.</summary>
    public string? Secret { get; } = secret;
    /// <summary>The secret encrypted for the outbox; null when no receipt mail is to be sent.</summary>
    public string? OutboxSecret { get; } = outboxSecret;
    public string? Origin { get; } = origin;
    public string? Culture { get; } = culture;

    public TaskCompletionSource<SubmissionResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public (int RoundId, string Key)? KeyOf => Submission.IdempotencyKey is { } key ? (Submission.RoundId, key) : null;
}
