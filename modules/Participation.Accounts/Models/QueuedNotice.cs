namespace Participation.Accounts.Models;

/// <summary>A notice waiting for its person's daily digest; <see cref="SentAt"/> is set when the digest went out.</summary>
public class QueuedNotice
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}
