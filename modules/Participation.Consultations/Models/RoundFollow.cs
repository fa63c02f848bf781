namespace Participation.Consultations.Models;

/// <summary>A signed-in person following a round: mailed when its results are published, listed under /me.</summary>
public class RoundFollow
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
