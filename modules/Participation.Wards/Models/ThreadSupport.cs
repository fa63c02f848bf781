namespace Participation.Wards.Models;

/// <summary>One person's support (賛同) for a thread; unique per person and thread.</summary>
public class ThreadSupport
{
    public int Id { get; set; }
    public int ThreadId { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
