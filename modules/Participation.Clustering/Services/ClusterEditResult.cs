namespace Participation.Clustering.Services;

public enum ClusterEditOutcome { Saved, Invalid, Conflict, NotFound }

/// <summary>Outcome of a staff edit of a cluster: on Invalid, the localisation key of what is wrong.</summary>
public sealed record ClusterEditResult(ClusterEditOutcome Outcome, string? ErrorKey = null, int? ClusterId = null)
{
    public static readonly ClusterEditResult Conflict = new(ClusterEditOutcome.Conflict, "Clustering.Edit.Conflict");
    public static readonly ClusterEditResult NotFound = new(ClusterEditOutcome.NotFound);
    public static ClusterEditResult Invalid(string key) => new(ClusterEditOutcome.Invalid, key);
    public static ClusterEditResult Saved(int clusterId) => new(ClusterEditOutcome.Saved, null, clusterId);
}
