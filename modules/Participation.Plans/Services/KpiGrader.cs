using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>
/// Achievement rate (達成率) and grade of a KPI. Rate = (actual − baseline) / (target − baseline)
/// when higher is better, mirrored — (baseline − actual) / (baseline − target) — when lower is better.
/// Grades use the configured thresholds (A ≥ 100 %, B ≥ 80 %, C ≥ 50 %, else D by default).
/// </summary>
public sealed class KpiGrader(PlansSettings settings)
{
    public const string NoGrade = "-";
    public static readonly IReadOnlyList<string> Grades = ["A", "B", "C", "D"];

    /// <summary>Rate in percent, or null when there is no actual yet.</summary>
    public static double? AchievementRate(Kpi kpi, double? actual)
    {
        if (actual is null) return null;
        var a = actual.Value;
        var span = kpi.HigherIsBetter ? kpi.TargetValue - kpi.BaselineValue : kpi.BaselineValue - kpi.TargetValue;
        // A target equal to the baseline means "keep it": met or not, nothing in between.
        if (span == 0)
            return (kpi.HigherIsBetter ? a >= kpi.TargetValue : a <= kpi.TargetValue) ? 100 : 0;
        var gained = kpi.HigherIsBetter ? a - kpi.BaselineValue : kpi.BaselineValue - a;
        return gained / span * 100;
    }

    public string Grade(double? rate)
    {
        if (rate is null) return NoGrade;
        var t = settings.Grades;
        if (rate >= t.A) return "A";
        if (rate >= t.B) return "B";
        if (rate >= t.C) return "C";
        return "D";
    }

    /// <summary>The most recent actual (by fiscal year), if any.</summary>
    public static KpiActual? Latest(Kpi kpi) => kpi.Actuals.OrderByDescending(a => a.FiscalYear).FirstOrDefault();

    public KpiResult Evaluate(Kpi kpi)
    {
        var latest = Latest(kpi);
        var rate = AchievementRate(kpi, latest?.Value);
        return new KpiResult(latest?.FiscalYear, latest?.Value, rate, Grade(rate));
    }
}

public sealed record KpiResult(int? LatestFiscalYear, double? LatestValue, double? Rate, string Grade);
