namespace Participation.Plans.Models;

/// <summary>
/// What residents said, tied to a measure: a topic cluster, an opinion group or a discussion
/// thread from another module, kept here by value (title, url, count, a redacted example) so the
/// plans module reads no other module's tables.
/// </summary>
public class MeasureVoiceLink
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    /// <summary>One of <see cref="VoiceSourceTypes"/>.</summary>
    public required string SourceType { get; set; }
    public required string SourceId { get; set; }
    public required string Title { get; set; }
    /// <summary>Root-relative link to where the opinions came from.</summary>
    public string Url { get; set; } = "";
    public int Count { get; set; }
    /// <summary>A representative opinion, already redacted.</summary>
    public string RepresentativeText { get; set; } = "";
    public DateTime LinkedAt { get; set; }
}

public static class VoiceSourceTypes
{
    public const string Cluster = "cluster";
    public const string OpinionGroup = "opinion-group";
    public const string Thread = "thread";
    public static readonly IReadOnlyList<string> All = [Cluster, OpinionGroup, Thread];
}
