using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Text;
using Participation.Plans.Services;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Controllers;

/// <summary>Public dashboards: every plan, one plan's tree, one measure with its KPIs and resident voice.</summary>
[Route("/plans")]
public sealed class PlansController(PlanQueries queries, ParticipationDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new PlansIndexViewModel(await queries.ListPlansAsync(ct)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Detail(int id, string? department, int? ward, CancellationToken ct)
    {
        var filter = new PlanFilter(string.IsNullOrWhiteSpace(department) ? null : department, ward);
        var detail = await queries.GetPlanAsync(id, filter, ct);
        if (detail is null) return NotFound();
        return View(new PlanDetailViewModel(detail, filter, await WardsAsync(ct)));
    }

    [HttpGet("measures/{id:int}")]
    public async Task<IActionResult> Measure(int id, CancellationToken ct)
    {
        var detail = await queries.GetMeasureAsync(id, ct);
        if (detail is null) return NotFound();
        var overTime = detail.Voice.GroupBy(v => FiscalYear.Of(DateOnly.FromDateTime(Core.Time.TokyoTime.ToTokyo(v.LinkedAt))).StartYear)
            .OrderBy(g => g.Key).Select(g => new VoiceCountPoint(g.Key, g.Sum(v => v.Count))).ToList();
        var canEdit = User.Identity?.IsAuthenticated == true && User.CanEditWard(detail.Measure.WardId);
        return View(new MeasureViewModel(detail, await WardsAsync(ct), canEdit, overTime));
    }

    /// <summary>Open data: the KPI actuals of a plan (same columns as the staff sheet).</summary>
    [HttpGet("{id:int}/kpis.csv")]
    public async Task<IActionResult> ExportCsv(int id, string? encoding, CancellationToken ct)
    {
        var rows = await SheetRowsAsync(id, template: false, ct);
        if (rows is null) return NotFound();
        var chosen = CsvEncodings.For(encoding);
        return File(Csv.ToBytes(rows.Prepend(KpiSheet.Columns), chosen), $"text/csv; charset={chosen.WebName}", $"plan-{id}-kpis.csv");
    }

    [HttpGet("{id:int}/kpis.xlsx")]
    public async Task<IActionResult> ExportXlsx(int id, CancellationToken ct)
    {
        var rows = await SheetRowsAsync(id, template: false, ct);
        if (rows is null) return NotFound();
        return File(XlsxSheet.Write("成果指標", KpiSheet.Columns, rows),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"plan-{id}-kpis.xlsx");
    }

    private async Task<List<string[]>?> SheetRowsAsync(int id, bool template, CancellationToken ct)
    {
        if (!await db.Set<Models.Plan>().AnyAsync(p => p.Id == id && p.IsPublished, ct)) return null;
        var nodes = await queries.LoadNodesAsync(id, ct);
        return KpiSheet.Rows(nodes.SelectMany(m => m.Kpis.OrderBy(k => k.SortOrder).Select(k => (m, k))), template);
    }

    private async Task<IReadOnlyDictionary<int, string>> WardsAsync(CancellationToken ct) =>
        WardNames.Of(await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct));
}
