namespace Participation.Committees.Models;

public enum CommitteeDocumentKind { Minutes, Materials, Other }

/// <summary>
/// Minutes (議事録) or materials (会議資料) of a meeting: a title, a summary in Markdown (rendered sanitised) and
/// files. Only the secretariat writes it; the public sees it once published.
/// </summary>
public sealed class CommitteeDocument
{
    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public CommitteeDocumentKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>The summary in Markdown.</summary>
    public string Markdown { get; set; } = "";
    public DateTime HeldOnUtc { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>When it was last made public (kept while unpublished, for the record).</summary>
    public DateTime? PublishedAtUtc { get; set; }
    /// <summary>Optimistic concurrency: the form carries it back, and a save from an older form is refused.</summary>
    public int Version { get; set; }
    /// <summary>The key of the create form it came from: the same form sent twice makes one record.</summary>
    public string? FormKey { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public List<CommitteeDocumentFile> Files { get; set; } = [];
}

/// <summary>A PDF or image of a document, checked by content and stored under App_Data (images without EXIF/GPS).</summary>
public sealed class CommitteeDocumentFile
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    /// <summary>The name offered on download: the uploader's base name with the extension of what is stored.</summary>
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    /// <summary>Path under the uploads folder; never shown.</summary>
    public string StoredPath { get; set; } = "";
    public long Size { get; set; }
    public DateTime UploadedAtUtc { get; set; }
}
