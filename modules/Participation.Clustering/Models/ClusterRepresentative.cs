namespace Participation.Clustering.Models;

/// <summary>A text near a cluster's centre, stored already redacted (it is shown publicly when the run is published).</summary>
public class ClusterRepresentative
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public int Rank { get; set; }
    public required string SourceType { get; set; }
    public required string SourceId { get; set; }
    public required string RedactedText { get; set; }
}
