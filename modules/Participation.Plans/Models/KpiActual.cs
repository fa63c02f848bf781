namespace Participation.Plans.Models;

/// <summary>The measured value of a KPI for one fiscal year (年度実績).</summary>
public class KpiActual
{
    public int Id { get; set; }
    public int KpiId { get; set; }
    /// <summary>Calendar year the fiscal year starts in (2025 = 令和7年度).</summary>
    public int FiscalYear { get; set; }
    public double Value { get; set; }
    public DateTime RecordedAt { get; set; }
}
