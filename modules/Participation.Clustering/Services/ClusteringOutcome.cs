namespace Participation.Clustering.Services;

/// <summary>The result of a run over a list of texts (indices refer to that list).</summary>
public sealed class ClusteringOutcome
{
    public required int K { get; init; }
    /// <summary>Cluster of every input text; duplicates share their group's cluster.</summary>
    public required int[] Assignments { get; init; }
    /// <summary>For every text, the first text of its near-duplicate group (itself when unique).</summary>
    public required int[] GroupOf { get; init; }
    public required ClusteringModel Model { get; init; }
    public required IReadOnlyList<ClusterSummary> Clusters { get; init; }
    /// <summary>2-D map position of every text.</summary>
    public required (float X, float Y)[] Points { get; init; }
    public bool UsedMeCab { get; init; }
}

/// <summary>One cluster: label, keywords, size (counting duplicates), representative texts, map position.</summary>
public sealed record ClusterSummary(int Index, string Label, IReadOnlyList<string> Keywords, int Size, IReadOnlyList<int> Representatives, float X, float Y);
