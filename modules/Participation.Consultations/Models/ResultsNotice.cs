namespace Participation.Consultations.Models;

/// <summary>
/// One "results are published" mail that went out, so a re-run of the mail job never mails anyone twice.
/// The recipient is kept as a SHA-256 of the lower-cased address, not the address itself.
/// </summary>
public class ResultsNotice
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public required string RecipientHash { get; set; }
    public DateTime SentAt { get; set; }
}
