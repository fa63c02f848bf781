namespace Participation.Clustering.Models;

/// <summary>A plan measure staff confirmed a cluster relates to (the plans module is told through IMeasureCatalog).</summary>
public class ClusterMeasureLink
{
    public int Id { get; set; }
    public int ClusterId { get; set; }
    public int MeasureId { get; set; }
    public required string MeasureTitle { get; set; }
    public string MeasureUrl { get; set; } = "";
    public double Score { get; set; }
    public string? ConfirmedBy { get; set; }
    public DateTime ConfirmedAt { get; set; }
}
