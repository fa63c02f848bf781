namespace Participation.Wards.Models;

/// <summary>
/// A staff review of the personal-data masks in a thread (<see cref="PostId"/> null) or reply. The public
/// text is replaced by the reviewed, masked text; the original is kept here for staff views only.
/// </summary>
public class PostRedaction
{
    public int Id { get; set; }
    public int WardId { get; set; }
    public int ThreadId { get; set; }
    public int? PostId { get; set; }
    /// <summary>The thread title as the resident wrote it (threads only).</summary>
    public string? OriginalTitle { get; set; }
    public required string OriginalBody { get; set; }
    public required string ReviewedBy { get; set; }
    public DateTime ReviewedAt { get; set; }
}
