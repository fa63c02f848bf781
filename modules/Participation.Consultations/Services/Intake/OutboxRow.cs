namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Everything processing one outbox row needs: kept in memory from the commit for the rows this node just wrote,
/// read back from the database for rows taken over after a crash or a lease that ran out. The edit-link secret is
/// in clear only in the first case; read back, it is still encrypted (<see cref="ProtectedSecret"/>).
/// </summary>
public sealed record OutboxRow(long Id, DateTime CreatedAt, int SubmissionId, int RoundId, int? WardId, string ReceiptNumber,
    List<int> OpinionIds, string? Email, string? Culture, string? Origin, string? Secret = null, string? ProtectedSecret = null)
{
    /// <summary>A receipt mail is due: the submitter gave an address (the secret is kept only then).</summary>
    public bool Mailed => Email is not null && (Secret ?? ProtectedSecret) is not null;
}
