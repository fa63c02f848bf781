namespace Participation.Clustering.Models;

/// <summary>An opinion group of a round that staff created from a cluster (the group itself lives in Consultations).</summary>
public class ClusterGroupLink
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public int RunId { get; set; }
    public int RoundId { get; set; }
    public int GroupId { get; set; }
    /// <summary>Opinions moved into the group when it was made.</summary>
    public int Opinions { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}
