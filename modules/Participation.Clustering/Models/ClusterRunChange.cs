namespace Participation.Clustering.Models;

/// <summary>
/// What a full re-run did with a staff edit of the previous run of the same scope: a rename carried over to the
/// new cluster holding most of the old one's items, or a merge / split the new topics keep or undo.
/// </summary>
public class ClusterRunChange
{
    public int Id { get; set; }
    public int RunId { get; set; }
    public int PreviousRunId { get; set; }
    public RunChangeKind Kind { get; set; }
    /// <summary>The staff's label (or the merged / split cluster's label) in the previous run.</summary>
    public required string OldLabel { get; set; }
    /// <summary>The new cluster most of the old one's items went to (null: none matched).</summary>
    public int? NewClusterId { get; set; }
    public string? NewLabel { get; set; }
    /// <summary>Share of the old cluster's items found in <see cref="NewClusterId"/>, 0..1.</summary>
    public double Overlap { get; set; }
}

public enum RunChangeKind
{
    RenameCarried = 0,
    RenameDropped = 1,
    MergeKept = 2,
    MergeUndone = 3,
    SplitKept = 4,
    SplitUndone = 5,
}
