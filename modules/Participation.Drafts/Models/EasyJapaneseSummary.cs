namespace Participation.Drafts.Models;

/// <summary>
/// A summary of a draft in やさしい日本語 (plain Japanese for foreign residents, children and elderly readers),
/// written by staff and shown in a labelled box on the round page. One per draft.
/// </summary>
public class EasyJapaneseSummary
{
    public const int MaxLength = 4000;

    public int DraftId { get; set; }
    public required string Text { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Staff user id, for the audit trail; never shown.</summary>
    public string? UpdatedBy { get; set; }
}
