namespace Participation.Drafts.Models;

/// <summary>Related material published with a draft (PDF or image), checked and stored under App_Data.</summary>
public class DraftAttachment
{
    public int Id { get; set; }
    public int DraftId { get; set; }
    /// <summary>The name people see and download as.</summary>
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Path relative to the uploads folder; never taken from the upload's name.</summary>
    public required string StoredPath { get; set; }
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
}
