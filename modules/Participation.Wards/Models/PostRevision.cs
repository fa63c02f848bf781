namespace Participation.Wards.Models;

/// <summary>The text of a thread or reply before an edit: edits keep their history.</summary>
public class PostRevision
{
    public int Id { get; set; }
    public int ThreadId { get; set; }
    /// <summary>Null when the thread itself was edited.</summary>
    public int? PostId { get; set; }
    public string? Title { get; set; }
    public required string Body { get; set; }
    /// <summary>When this text was replaced.</summary>
    public DateTime ReplacedAt { get; set; }
}
