namespace Participation.Consultations.Models;

/// <summary>
/// Work a submission leaves for after its commit (receipt mail, <c>SubmissionAccepted</c> handlers), written in the
/// same transaction as the submission, so a crash after the receipt loses none of it. Processed once: a node claims
/// a row with a lease and marks it processed; a dead node's lease runs out and another node takes the row.
/// </summary>
public class SubmissionOutboxEntry
{
    public long Id { get; set; }
    public int SubmissionId { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Scheme and host the submitter used, for the link in the mail (no request exists later).</summary>
    public string? Origin { get; set; }
    /// <summary>UI culture of the request, so the mail is in the submitter's language.</summary>
    public string? Culture { get; set; }
    /// <summary>The edit-link secret, sealed (<see cref="Participation.Core.Secrets.SecretSealer"/>); cleared once the mail is sent. Null: no mail.</summary>
    public string? ProtectedSecret { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntil { get; set; }
    public int Attempts { get; set; }
    public DateTime? ProcessedAt { get; set; }
}
