using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Data;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Controllers;

/// <summary>KPI definitions of a measure and their actuals per fiscal year; the measure's ward rule applies to both.</summary>
[Route("/staff/plans"), Authorize(Policy = Permissions.ManagePlans)]
public sealed class KpiEditController(ParticipationDbContext db, KpiEditor editor, IStringLocalizer t) : Controller
{
    [HttpGet("measures/{id:int}/kpis/new")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        var measure = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return NotFound();
        if (!User.CanEdit(measure)) return Forbid();
        return Form(new KpiFormModel(measure, null, new KpiInput()));
    }

    [HttpPost("measures/{id:int}/kpis/new")]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Input")] KpiInput input, CancellationToken ct)
    {
        var measure = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return NotFound();
        if (!User.CanEdit(measure)) return Forbid();
        var (outcome, kpi) = await editor.SaveKpiAsync(measure, null, input, ModelState, ct);
        if (outcome != EditOutcome.Saved) return Invalid(measure, null, input);
        TempData["Flash"] = t["Plans.Edit.KpiCreated"].Value;
        return Redirect($"/staff/plans/kpis/{kpi!.Id}/actuals");
    }

    [HttpGet("kpis/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var (kpi, measure, denied) = await LoadAsync(id, ct);
        return denied ?? Form(new KpiFormModel(measure!, id, InputOf(kpi!)));
    }

    [HttpPost("kpis/{id:int}/edit")]
    public async Task<IActionResult> Update(int id, [Bind(Prefix = "Input")] KpiInput input, CancellationToken ct)
    {
        var (kpi, measure, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var (outcome, _) = await editor.SaveKpiAsync(measure!, kpi, input, ModelState, ct);
        if (outcome == EditOutcome.Conflict)
        {
            var current = await db.Set<Kpi>().AsNoTracking().FirstAsync(k => k.Id == id, ct);
            ModelState.Remove("Input.Version");
            input.Version = current.Version;
            ModelState.AddModelError("", t["Plans.Edit.Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Form(new KpiFormModel(measure!, id, input));
        }
        if (outcome != EditOutcome.Saved) return Invalid(measure!, id, input);
        TempData["Flash"] = t["Plans.Staff.Saved"].Value;
        return Redirect($"/staff/plans/{measure!.PlanId}/tree#node-{measure.Id}");
    }

    [HttpPost("kpis/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] int version, CancellationToken ct)
    {
        var (kpi, measure, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var outcome = await editor.DeleteKpiAsync(kpi!, version, ModelState, ct);
        if (outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["Plans.Edit.KpiDeleted", kpi!.Name].Value;
            return Redirect($"/staff/plans/{measure!.PlanId}/tree#node-{measure.Id}");
        }
        if (outcome == EditOutcome.Conflict) ModelState.AddModelError("", t["Plans.Edit.Conflict"]);
        var current = await db.Set<Kpi>().AsNoTracking().FirstAsync(k => k.Id == id, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Form(new KpiFormModel(measure!, id, InputOf(current)));
    }

    [HttpGet("kpis/{id:int}/actuals")]
    public async Task<IActionResult> Actuals(int id, CancellationToken ct)
    {
        var (kpi, measure, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var plan = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == measure!.PlanId, ct);
        var input = new ActualsInput
        {
            Version = kpi!.Version,
            Rows = KpiEditor.Years(plan, kpi).Select(y => new ActualRow
            {
                Year = y, Value = kpi.Actuals.FirstOrDefault(a => a.FiscalYear == y) is { } a ? KpiNumbers.Format(a.Value) : "",
            }).ToList(),
        };
        return ActualsView(measure!, kpi, input);
    }

    [HttpPost("kpis/{id:int}/actuals")]
    public async Task<IActionResult> SaveActuals(int id, [Bind(Prefix = "Input")] ActualsInput input, CancellationToken ct)
    {
        var (kpi, measure, denied) = await LoadAsync(id, ct);
        if (denied is not null) return denied;
        var plan = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == measure!.PlanId, ct);
        var outcome = await editor.SaveActualsAsync(plan, kpi!, input, ModelState, ct);
        if (outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["Plans.Edit.ActualsSaved"].Value;
            return Redirect($"/staff/plans/kpis/{id}/actuals");
        }
        if (outcome == EditOutcome.Conflict)
        {
            (kpi, _, _) = await LoadAsync(id, ct);
            ModelState.Remove("Input.Version");
            input.Version = kpi!.Version;
            ModelState.AddModelError("", t["Plans.Edit.ActualsConflict"]);
        }
        Response.StatusCode = outcome == EditOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return ActualsView(measure!, kpi!, input);
    }

    private async Task<(Kpi?, PlanMeasure?, IActionResult?)> LoadAsync(int id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var kpi = await db.Set<Kpi>().Include(k => k.Actuals).FirstOrDefaultAsync(k => k.Id == id, ct);
        if (kpi is null) return (null, null, NotFound());
        var measure = await db.Set<PlanMeasure>().AsNoTracking().FirstAsync(m => m.Id == kpi.MeasureId, ct);
        return User.CanEdit(measure) ? (kpi, measure, null) : (kpi, measure, Forbid());
    }

    private ViewResult ActualsView(PlanMeasure measure, Kpi kpi, ActualsInput input) =>
        View("~/Views/KpiEdit/Actuals.cshtml", new ActualsFormModel(measure, kpi, input, kpi.Actuals.ToDictionary(a => a.FiscalYear, a => a.Value)));

    private IActionResult Invalid(PlanMeasure measure, int? id, KpiInput input)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Form(new KpiFormModel(measure, id, input));
    }

    private ViewResult Form(KpiFormModel model) => View("~/Views/KpiEdit/Form.cshtml", model);

    private static KpiInput InputOf(Kpi k) => new()
    {
        Name = k.Name, Unit = k.Unit, Direction = k.HigherIsBetter ? "higher" : "lower", BaselineValue = KpiNumbers.Format(k.BaselineValue),
        BaselineFiscalYear = k.BaselineFiscalYear.ToString(), TargetValue = KpiNumbers.Format(k.TargetValue),
        TargetFiscalYear = k.TargetFiscalYear.ToString(), Comment = k.Comment, SortOrder = k.SortOrder, Version = k.Version,
    };
}
