namespace Participation.Clustering.Models;

/// <summary>
/// A staff edit of a run's clusters (rename, merge, split), kept with the run so a later full re-run of the
/// same scope can carry renames over and tell staff what became of merges and splits.
/// </summary>
public class ClusterEdit
{
    public int Id { get; set; }
    public int RunId { get; set; }
    /// <summary>The cluster that was renamed, merged into, or split.</summary>
    public int ClusterId { get; set; }
    public ClusterEditKind Kind { get; set; }
    /// <summary>Merge: the cluster merged away. Split: unused.</summary>
    public int? OtherClusterId { get; set; }
    /// <summary>Label before the edit and after it (labels are topic words, never personal data).</summary>
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? EditedBy { get; set; }
    public DateTime EditedAt { get; set; }
}

public enum ClusterEditKind { Renamed = 0, Merged = 1, Split = 2 }
