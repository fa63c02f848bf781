namespace Participation.Clustering.Models;

/// <summary>
/// An item (opinion, ward post) placed in a cluster, by the run or later by incremental assignment. Holds only
/// the source's type and id: the text stays in the module that owns it.
/// </summary>
public class ClusterMember
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int ClusterId { get; set; }
    public required string SourceType { get; set; }
    public required string SourceId { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    /// <summary>1 − cosine similarity to the cluster's centre.</summary>
    public double Distance { get; set; }
    /// <summary>Added after the run (nearest centre of the stored model), not by the run itself.</summary>
    public bool Incremental { get; set; }
}
