namespace Participation.Wards.Models;

/// <summary>A person following a thread: notified of replies and official answers.</summary>
public class ThreadFollow
{
    public int Id { get; set; }
    public int ThreadId { get; set; }
    public required string UserId { get; set; }
    public DateTime CreatedAt { get; set; }
}
