namespace Participation.Summaries.Models;

/// <summary>
/// The weekly councillor digest's mail text in one language, as staff edited it: Liquid (DotLiquid)
/// for subject and body. When no row exists for a language, the default from reports.strings.json is used.
/// </summary>
public class DigestTemplate
{
    public int Id { get; set; }
    /// <summary>ja or en.</summary>
    public required string Culture { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
