namespace Participation.Consultations.Models;

/// <summary>
/// A change of the closing date after the round opened (募集期間の延長), shown publicly on the round's page
/// with its reason. The reason is the city's, never personal data.
/// </summary>
public class RoundDeadlineChange
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public DateTime PreviousClosesAt { get; set; }
    public DateTime NewClosesAt { get; set; }
    public required string Reason { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
}
