namespace Participation.Clustering.Models;

/// <summary>One topic of a run: Japanese label, keywords, size and its centre on the 2-D map.</summary>
public class Cluster
{
    public int Id { get; set; }
    public int RunId { get; set; }
    /// <summary>Position in the run's model (centroid row).</summary>
    public int Index { get; set; }
    public required string Label { get; set; }
    /// <summary>Keywords joined by <see cref="KeywordSeparator"/>.</summary>
    public string Keywords { get; set; } = "";
    public int Size { get; set; }
    public double X { get; set; }
    public double Y { get; set; }
    /// <summary>The label the run gave, kept when staff rename the cluster (null: never renamed).</summary>
    public string? OriginalLabel { get; set; }
    /// <summary>Merged away or split: no longer listed, but kept so the model's centre still leads somewhere.</summary>
    public bool Retired { get; set; }
    /// <summary>The cluster this one was merged into; incremental assignment follows it.</summary>
    public int? MergedIntoId { get; set; }
    /// <summary>The cluster this one is a part of, after staff split it.</summary>
    public int? SplitFromId { get; set; }
    /// <summary>Optimistic concurrency token: a rename, merge or split based on an older version is refused.</summary>
    public int Version { get; set; }

    public const char KeywordSeparator = '\u001F';

    public IReadOnlyList<string> KeywordList => Keywords.Length == 0 ? [] : Keywords.Split(KeywordSeparator);
}
