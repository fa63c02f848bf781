namespace Participation.Wards.Models;

/// <summary>A report (通報) that a thread or reply breaks the rules, or an automatic hold.</summary>
public class Flag
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public int ThreadId { get; set; }
    /// <summary>Null when the thread itself is flagged.</summary>
    public int? PostId { get; set; }
    /// <summary>Null for automatic holds.</summary>
    public string? UserId { get; set; }
    /// <summary>A code from <see cref="FlagReasons"/>.</summary>
    public required string Reason { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
}
