namespace Participation.Clustering.Models;

/// <summary>
/// Identical or near-identical texts of a run (campaign postcards, copy-pasted letters), clustered once and
/// counted: staff see each group with its size and one redacted sample.
/// </summary>
public class ClusterTemplateGroup
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int ClusterId { get; set; }
    public int Size { get; set; }
    public required string SourceType { get; set; }
    /// <summary>The first item of the group.</summary>
    public required string SourceId { get; set; }
    public required string RedactedSample { get; set; }
}
