namespace Participation.Plans.Models;

/// <summary>An outcome indicator (成果指標) of a measure, with its baseline and target.</summary>
public class Kpi
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public required string Name { get; set; }
    public string Unit { get; set; } = "";
    public double BaselineValue { get; set; }
    public int BaselineFiscalYear { get; set; }
    public double TargetValue { get; set; }
    public int TargetFiscalYear { get; set; }
    /// <summary>False when a lower value is better (e.g. waiting children).</summary>
    public bool HigherIsBetter { get; set; } = true;
    public string Comment { get; set; } = "";
    public int SortOrder { get; set; }
    /// <summary>Concurrency token: bumped on every save, so a stale edit form is refused instead of overwriting.</summary>
    public int Version { get; set; }
    public List<KpiActual> Actuals { get; set; } = [];
}
