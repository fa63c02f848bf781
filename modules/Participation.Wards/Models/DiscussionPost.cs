namespace Participation.Wards.Models;

/// <summary>
/// A reply in a thread (one level of nesting: <see cref="ParentId"/> points to a top-level reply),
/// or an official answer from ward staff (区からの回答) when <see cref="IsOfficial"/>.
/// </summary>
public class DiscussionPost
{
    public int Id { get; set; }
    public int ThreadId { get; set; }
    public int? ParentId { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorNickname { get; set; }
    public required string Body { get; set; }
    public bool IsOfficial { get; set; }
    /// <summary>The answering department (e.g. 土木課), for official answers.</summary>
    public string? Department { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public Visibility Visibility { get; set; } = Visibility.Visible;
    public string? ModerationReason { get; set; }
}
