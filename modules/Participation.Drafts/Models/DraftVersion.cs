namespace Participation.Drafts.Models;

/// <summary>
/// One published text of a draft. Sections are the level-2 headings (##) of the Markdown; their
/// anchors are numbered, so a revised version keeps the anchors residents commented on.
/// </summary>
public class DraftVersion
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    public int Number { get; set; }
    public required string Markdown { get; set; }
    /// <summary>What staff say changed, shown above the per-section differences.</summary>
    public string? ChangeNote { get; set; }
    public DateTime PublishedAt { get; set; }
}
