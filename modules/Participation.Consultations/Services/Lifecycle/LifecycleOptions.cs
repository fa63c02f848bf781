namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// Section <c>Participation:Consultations:Lifecycle</c>: when staff are reminded that results are due,
/// and how often the clock job reconciles rounds whose scheduled job was missed.
/// </summary>
public sealed class LifecycleOptions
{
    /// <summary>Days after the deadline by which the results (結果公示) should be out.</summary>
    public int ResultsDueDays { get; set; } = 30;
    /// <summary>Cron (Asia/Tokyo) of the recurring job that catches up with the clock.</summary>
    public string ReconcileCron { get; set; } = "*/5 * * * *";
}
