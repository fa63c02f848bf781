namespace Participation.Plans.Models;

/// <summary>
/// A comprehensive plan (総合計画): its vision (基本構想) and the years it covers. Policy areas
/// (基本計画), measures (施策) and projects (実施計画・事業) hang below it as <see cref="PlanMeasure"/>s.
/// </summary>
public class Plan
{
    public int Id { get; set; }
    public required string Title { get; set; }
    /// <summary>The vision statement (基本構想).</summary>
    public string Vision { get; set; } = "";
    public string Description { get; set; } = "";
    public int StartFiscalYear { get; set; }
    public int EndFiscalYear { get; set; }
    public bool IsPublished { get; set; } = true;
    public int SortOrder { get; set; }
    /// <summary>Concurrency token: bumped on every save, so a stale edit form is refused instead of overwriting.</summary>
    public int Version { get; set; }
    public List<PlanMeasure> Measures { get; set; } = [];
}
