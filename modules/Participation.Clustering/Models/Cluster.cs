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

    public const char KeywordSeparator = '\u001F';

    public IReadOnlyList<string> KeywordList => Keywords.Length == 0 ? [] : Keywords.Split(KeywordSeparator);
}
