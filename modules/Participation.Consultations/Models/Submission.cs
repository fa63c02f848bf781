namespace Participation.Consultations.Models;

/// <summary>
/// One submission (提出) on one channel. Personal data is in <see cref="SubmitterContact"/>, a table of
/// its own, so opinion text can be processed and published without touching it.
/// </summary>
public class Submission
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public required string ReceiptNumber { get; set; }
    public Channel Channel { get; set; }
    public SubmitterCategory Category { get; set; }
    /// <summary>The submitter's ward, when known (counts by ward).</summary>
    public int? WardId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public SubmissionStatus Status { get; set; }
    /// <summary>Signed-in submitter, for /me.</summary>
    public string? UserId { get; set; }
    /// <summary>Staff member who entered a paper/FAX/phone/counter submission.</summary>
    public string? EnteredBy { get; set; }
    /// <summary>Idempotency key (API header or the form's one-time token), unique per round.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>SHA-256 of the secret in the mailed link that lets someone without an account edit.</summary>
    public string? AccessTokenHash { get; set; }
    public List<Opinion> Opinions { get; set; } = [];
}
