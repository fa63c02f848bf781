using Participation.Clustering.Models;

namespace Participation.Clustering.ViewModels;

/// <summary>What only staff see on a run's page: template groups, staff edits, groups made from topics, and what a re-run changed.</summary>
public sealed record RunStaffExtras(IReadOnlyList<TemplateGroupRow> Templates, IReadOnlyList<ClusterEdit> Edits,
    IReadOnlyList<ClusterRunChange> Changes, IReadOnlyDictionary<int, IReadOnlyList<ClusterGroupLink>> GroupLinks);

public sealed record TemplateGroupRow(ClusterTemplateGroup Group, string ClusterLabel);

/// <summary>The rename, merge and split forms of a cluster's page; Version is the cluster version the editor saw.</summary>
public sealed class ClusterEditForm
{
    public string? Label { get; set; }
    public int Version { get; set; }
    public int? SourceId { get; set; }
    public int? Parts { get; set; }
    /// <summary>Which form an error message belongs to: rename, merge or split.</summary>
    public string? Failed { get; set; }
}
