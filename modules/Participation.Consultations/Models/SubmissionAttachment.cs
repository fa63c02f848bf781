namespace Participation.Consultations.Models;

/// <summary>
/// A file a submitter attached (or staff scanned from paper). Kept for staff only: never public,
/// never in public exports, since it may carry personal data.
/// </summary>
public class SubmissionAttachment
{
    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Path relative to the uploads folder.</summary>
    public required string StoredPath { get; set; }
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
}
