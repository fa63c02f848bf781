namespace Participation.Consultations.Models;

/// <summary>Similar opinions answered once: the summary, the city's view (考え方) and the 反映区分.</summary>
public class OpinionGroup
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public string Section { get; set; } = Opinion.General;
    public required string Summary { get; set; }
    public string? Answer { get; set; }
    /// <summary>Code from the city's list (default A–E).</summary>
    public string? Reflection { get; set; }
    /// <summary>Section anchors of the final draft that changed because of this group.</summary>
    public string? ChangedSections { get; set; }
    public int Order { get; set; }
    /// <summary>Optimistic concurrency token: a second editor's save is refused, not silently lost.</summary>
    public int Version { get; set; }
}
