using Participation.Plans.Models;
using Participation.Plans.Services;

namespace Participation.Plans.GraphQL;

/// <summary>Published plans for one GraphQL request or dataset, each plan's tree read once and rolled up in memory.</summary>
public sealed class PlanGraphData(PlanQueries plans)
{
    private readonly Dictionary<int, IReadOnlyList<PlanNodeView>> measures = [];

    public Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct) => plans.ListPlansAsync(ct);

    /// <summary>The plan's measures (施策) and projects (事業), in plan order; policy areas are their headings, not items.</summary>
    public async Task<IReadOnlyList<PlanNodeView>> MeasuresAsync(int planId, CancellationToken ct)
    {
        if (measures.TryGetValue(planId, out var known)) return known;
        var detail = await plans.GetPlanAsync(planId, new PlanFilter(), ct);
        var list = detail?.Nodes.Where(n => n.Level != PlanLevel.PolicyArea).ToList() ?? [];
        measures[planId] = list;
        return list;
    }
}
