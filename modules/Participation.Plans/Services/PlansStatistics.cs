using Participation.Core.Statistics;

namespace Participation.Plans.Services;

/// <summary>Figures for dashboards and councillor summaries: KPIs by grade and progress per plan.</summary>
public sealed class PlansStatistics(PlanQueries queries) : IStatisticsProvider
{
    public async Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<StatisticRow>();
        var grades = new Dictionary<string, int>();
        foreach (var summary in await queries.ListPlansAsync(cancellationToken))
        {
            var detail = await queries.GetPlanAsync(summary.Id, new PlanFilter(WardId: query.WardId), cancellationToken);
            if (detail is null) continue;
            var plan = detail.Plan;
            var id = plan.Id.ToString();
            rows.Add(new StatisticRow("Plans", "plans.progress", "Plans.Stat.Progress", plan.Progress, "plan", id));
            rows.Add(new StatisticRow("Plans", "plans.measures", "Plans.Stat.Measures", plan.MeasureCount, "plan", id));
            foreach (var (grade, count) in plan.GradeCounts) grades[grade] = grades.GetValueOrDefault(grade) + count;
        }
        foreach (var (grade, count) in grades)
            rows.Add(new StatisticRow("Plans", "plans.kpis-by-grade", "Plans.Stat.KpisByGrade", count, "grade", grade));
        return rows;
    }
}
