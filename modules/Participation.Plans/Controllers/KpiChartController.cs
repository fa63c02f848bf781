using Microsoft.AspNetCore.Mvc;
using Participation.Plans.Services;

namespace Participation.Plans.Controllers;

/// <summary>A KPI chart as PNG, public like the measure page it belongs to.</summary>
public sealed class KpiChartController(PlanQueries queries) : Controller
{
    [HttpGet("/plans/measures/{measureId:int}/kpis/{kpiId:int}.png")]
    public async Task<IActionResult> Png(int measureId, int kpiId, CancellationToken ct)
    {
        var measure = await queries.GetMeasureAsync(measureId, ct);
        var kpi = measure?.Measure.Kpis.FirstOrDefault(k => k.Id == kpiId);
        return kpi is null ? NotFound() : File(KpiChartPng.Render(kpi), "image/png");
    }
}
