namespace Participation.Wards.Models;

/// <summary>An in-site notice to a follower: a new reply or an official answer in a followed thread.</summary>
public class WardNotification
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int ThreadId { get; set; }
    public int WardId { get; set; }
    public NotificationKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum NotificationKind { Reply = 0, OfficialAnswer = 1 }
