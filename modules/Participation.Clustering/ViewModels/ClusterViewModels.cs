using Participation.Clustering.Models;
using Participation.Core.Cities;
using Participation.Core.Clustering;

namespace Participation.Clustering.ViewModels;

public sealed record RunListViewModel(IReadOnlyList<ClusterRun> Runs, IReadOnlyList<ClusterContainer> Rounds, IReadOnlyList<Ward> Wards,
    StartRunForm Form, bool CanStart, bool AutoRefresh);

/// <summary>One cluster with what the pages show of it.</summary>
public sealed record ClusterView(Cluster Cluster, int Shape, IReadOnlyList<ClusterRepresentative> Representatives, int Incremental);

/// <summary>A plan measure the cluster may concern, with its similarity, and whether staff confirmed it.</summary>
public sealed record MeasureSuggestion(int MeasureId, string Title, string Url, double Score, bool Confirmed);

public sealed record RunDetailViewModel(ClusterRun Run, IReadOnlyList<ClusterView> Clusters, IReadOnlyList<MapPoint> Points,
    IReadOnlyDictionary<int, IReadOnlyList<MeasureSuggestion>> Suggestions, bool CanManage, RunStaffExtras? Extras = null);

/// <summary>A point on the map in 0..1 coordinates, with the cluster's shape index.</summary>
public sealed record MapPoint(double X, double Y, int Shape, string Label);

public sealed record MemberRow(ClusterMember Member, string? Text);

public sealed record ClusterMembersViewModel(ClusterRun Run, Cluster Cluster, IReadOnlyList<MemberRow> Members, bool CanManage,
    IReadOnlyList<Cluster> Others, ClusterEditForm Form, IReadOnlyList<ClusterGroupLink> Groups, IReadOnlyList<ClusterTemplateGroup> Templates,
    int MaxSplitParts);
