using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>
/// Read side of plans for pages, exports, statistics and (later) GraphQL: whole plans are small
/// (hundreds of nodes), so each is loaded at once and rolled up in memory.
/// </summary>
public sealed class PlanQueries(ParticipationDbContext db, ProgressRollup rollup, KpiGrader grader, PlansSettings settings)
{
    public async Task<IReadOnlyList<PlanSummary>> ListPlansAsync(CancellationToken ct)
    {
        var plans = await db.Set<Plan>().AsNoTracking().Where(p => p.IsPublished)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var result = new List<PlanSummary>();
        foreach (var plan in plans)
        {
            var nodes = await LoadNodesAsync(plan.Id, ct);
            result.Add(Summarise(plan, nodes, new PlanFilter()));
        }
        return result;
    }

    public async Task<PlanDetail?> GetPlanAsync(int id, PlanFilter filter, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.IsPublished, ct);
        if (plan is null) return null;
        var nodes = await LoadNodesAsync(id, ct);
        var views = await ViewsAsync(nodes, ct);
        var shown = Filter(views, filter);
        return new PlanDetail(Summarise(plan, nodes, filter), shown,
            views.Select(v => v.Department).Where(d => d.Length > 0).Distinct().Order().ToList(),
            views.Where(v => v.WardId is not null).Select(v => v.WardId!.Value).Distinct().Order().ToList());
    }

    public async Task<MeasureDetail?> GetMeasureAsync(int id, CancellationToken ct)
    {
        var planId = await db.Set<PlanMeasure>().Where(m => m.Id == id).Select(m => (int?)m.PlanId).FirstOrDefaultAsync(ct);
        if (planId is null) return null;
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.IsPublished, ct);
        if (plan is null) return null;
        var nodes = await LoadNodesAsync(plan.Id, ct);
        var views = await ViewsAsync(nodes, ct);
        var byId = views.ToDictionary(v => v.Id);
        var measure = byId[id];
        var ancestors = new List<PlanNodeView>();
        for (var p = measure.ParentId; p is not null && byId.TryGetValue(p.Value, out var parent); p = parent.ParentId)
            ancestors.Insert(0, parent);
        var timeline = await db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.MeasureId == id)
            .OrderByDescending(u => u.PostedAt).ToListAsync(ct);
        var voice = await db.Set<MeasureVoiceLink>().AsNoTracking().Where(v => v.MeasureId == id)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Id).ToListAsync(ct);
        return new MeasureDetail(measure, Summarise(plan, nodes, new PlanFilter()), ancestors,
            views.Where(v => v.ParentId == id).ToList(), timeline, voice);
    }

    /// <summary>Every node of a plan, with KPIs and their actuals.</summary>
    public async Task<IReadOnlyList<PlanMeasure>> LoadNodesAsync(int planId, CancellationToken ct) =>
        await db.Set<PlanMeasure>().AsNoTracking().Where(m => m.PlanId == planId)
            .Include(m => m.Kpis).ThenInclude(k => k.Actuals)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).AsSplitQuery().ToListAsync(ct);

    private async Task<List<PlanNodeView>> ViewsAsync(IReadOnlyList<PlanMeasure> nodes, CancellationToken ct)
    {
        var progress = rollup.Compute(nodes);
        var ids = nodes.Select(n => n.Id).ToList();
        var voice = (await db.Set<MeasureVoiceLink>().AsNoTracking().Where(v => ids.Contains(v.MeasureId))
                .Select(v => new { v.MeasureId, v.Count }).ToListAsync(ct))
            .GroupBy(v => v.MeasureId).ToDictionary(g => g.Key, g => g.Sum(v => v.Count));
        return nodes.Select(n => new PlanNodeView(n.Id, n.PlanId, n.ParentId, n.Level, n.Code, n.Title, n.Description, n.Department,
            n.WardId, n.Status, settings.StatusLabel(n.Status), n.Weight, progress[n.Id],
            n.Kpis.OrderBy(k => k.SortOrder).ThenBy(k => k.Id).Select(ToView).ToList(), voice.GetValueOrDefault(n.Id))).ToList();
    }

    public KpiView ToView(Kpi k) => new(k.Id, k.MeasureId, k.Name, k.Unit, k.BaselineValue, k.BaselineFiscalYear, k.TargetValue,
        k.TargetFiscalYear, k.HigherIsBetter, k.Comment,
        k.Actuals.OrderBy(a => a.FiscalYear).Select(a =>
        {
            var rate = KpiGrader.AchievementRate(k, a.Value);
            return new KpiActualView(a.FiscalYear, a.Value, rate, grader.Grade(rate));
        }).ToList(),
        grader.Evaluate(k));

    /// <summary>Keeps matching nodes and their ancestors, so the tree stays whole.</summary>
    private static List<PlanNodeView> Filter(List<PlanNodeView> views, PlanFilter filter)
    {
        if (filter.Department is null && filter.WardId is null) return views;
        var byId = views.ToDictionary(v => v.Id);
        var keep = new HashSet<int>();
        foreach (var v in views.Where(v => Matches(v, filter)))
            for (int? id = v.Id; id is not null && byId.TryGetValue(id.Value, out var node) && keep.Add(node.Id); id = node.ParentId) { }
        return views.Where(v => keep.Contains(v.Id)).ToList();
    }

    private static bool Matches(PlanNodeView v, PlanFilter f) =>
        v.Level != PlanLevel.PolicyArea
        && (f.Department is null || v.Department == f.Department)
        && (f.WardId is null || v.WardId == f.WardId);

    private PlanSummary Summarise(Plan plan, IReadOnlyList<PlanMeasure> nodes, PlanFilter filter)
    {
        var measures = nodes.Where(n => n.Level != PlanLevel.PolicyArea
            && (filter.Department is null || n.Department == filter.Department)
            && (filter.WardId is null || n.WardId == filter.WardId)).ToList();
        var kpis = measures.SelectMany(m => m.Kpis).ToList();
        var grades = KpiGrader.Grades.Append(KpiGrader.NoGrade)
            .ToDictionary(g => g, g => kpis.Count(k => grader.Evaluate(k).Grade == g));
        // Filtered, the figure is the weighted mean of the matching items (a ward's projects), not the whole plan's.
        var filtered = filter.Department is not null || filter.WardId is not null;
        var progress = !filtered ? rollup.PlanProgress(nodes) : ProgressRollup.Weighted(measures, rollup.Compute(nodes));
        return new PlanSummary(plan.Id, plan.Title, plan.Vision, plan.StartFiscalYear, plan.EndFiscalYear,
            progress, measures.Count, kpis.Count, grades);
    }
}
