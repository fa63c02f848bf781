namespace Participation.Plans.Models;

/// <summary>
/// A node of the plan tree: a policy area, a measure (施策) or a project (事業). Leaves carry a
/// status whose progress parents roll up, weighted by <see cref="Weight"/>.
/// </summary>
public class PlanMeasure
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? ParentId { get; set; }
    public PlanLevel Level { get; set; }
    /// <summary>Stable code staff use in spreadsheets (e.g. 1-2-3).</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public string Department { get; set; } = "";
    /// <summary>Key of a configured status (<see cref="PlansOptions.Statuses"/>).</summary>
    public string Status { get; set; } = "not-started";
    public double Weight { get; set; } = 1;
    /// <summary>The ward the measure belongs to; null for city-wide.</summary>
    public int? WardId { get; set; }
    public int SortOrder { get; set; }
    public DateTime UpdatedAt { get; set; }
    /// <summary>Concurrency token: bumped on every save, so a stale edit form is refused instead of overwriting.</summary>
    public int Version { get; set; }
    public List<Kpi> Kpis { get; set; } = [];
}
