using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Controllers;

/// <summary>Plans themselves (総合計画): create, edit, delete (only when empty), and the staff tree of every plan.</summary>
[Route("/staff/plans"), Authorize(Policy = Permissions.ManagePlans)]
public sealed class PlanEditController(ParticipationDbContext db, PlanTreeEditor editor, IStringLocalizer t) : Controller
{
    [HttpGet("{id:int}/tree")]
    public async Task<IActionResult> Tree(int id, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        return View("~/Views/PlanEdit/Tree.cshtml", await TreeAsync(plan, null, ct));
    }

    [HttpGet("new"), Authorize(Policy = Permissions.EditPlans)]
    public IActionResult New()
    {
        var year = DateTime.UtcNow.Year;
        return Form(new PlanFormModel(null, new PlanInput { StartFiscalYear = year.ToString(), EndFiscalYear = (year + 7).ToString() }));
    }

    [HttpPost("new"), Authorize(Policy = Permissions.EditPlans)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] PlanInput input, CancellationToken ct)
    {
        var (outcome, plan) = await editor.SavePlanAsync(null, input, ModelState, ct);
        if (outcome != EditOutcome.Saved) return Invalid(null, input);
        TempData["Flash"] = t["Plans.Edit.PlanCreated"].Value;
        return Redirect($"/staff/plans/{plan!.Id}/tree");
    }

    [HttpGet("{id:int}/edit"), Authorize(Policy = Permissions.EditPlans)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return plan is null ? NotFound() : Form(new PlanFormModel(id, InputOf(plan)));
    }

    [HttpPost("{id:int}/edit"), Authorize(Policy = Permissions.EditPlans)]
    public async Task<IActionResult> Update(int id, [Bind(Prefix = "Input")] PlanInput input, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        var (outcome, _) = await editor.SavePlanAsync(plan, input, ModelState, ct);
        if (outcome == EditOutcome.Conflict) return await ConflictAsync(id, input, ct);
        if (outcome != EditOutcome.Saved) return Invalid(id, input);
        TempData["Flash"] = t["Plans.Staff.Saved"].Value;
        return Redirect($"/staff/plans/{id}/tree");
    }

    [HttpPost("{id:int}/delete"), Authorize(Policy = Permissions.EditPlans)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        if (await editor.DeletePlanAsync(plan, ModelState, ct) == EditOutcome.Saved)
        {
            TempData["Flash"] = t["Plans.Edit.PlanDeleted"].Value;
            return Redirect("/staff/plans");
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("~/Views/PlanEdit/Tree.cshtml", await TreeAsync(plan, ModelState[""]!.Errors[0].ErrorMessage, ct));
    }

    private async Task<PlanTreeModel> TreeAsync(Plan plan, string? error, CancellationToken ct)
    {
        var nodes = await db.Set<PlanMeasure>().AsNoTracking().Where(m => m.PlanId == plan.Id).Include(m => m.Kpis)
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id).ToListAsync(ct);
        var wards = await db.Set<Ward>().AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        return new PlanTreeModel(plan, nodes, wards, error);
    }

    private async Task<IActionResult> ConflictAsync(int id, PlanInput input, CancellationToken ct)
    {
        var current = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == id, ct);
        ModelState.Remove("Input.Version");
        input.Version = current.Version;   // a second save, after reading, is a deliberate overwrite
        ModelState.AddModelError("", t["Plans.Edit.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Form(new PlanFormModel(id, input));
    }

    private IActionResult Invalid(int? id, PlanInput input)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Form(new PlanFormModel(id, input));
    }

    private ViewResult Form(PlanFormModel model) => View("~/Views/PlanEdit/Form.cshtml", model);

    private static PlanInput InputOf(Plan p) => new()
    {
        Title = p.Title, Vision = p.Vision, Description = p.Description, StartFiscalYear = p.StartFiscalYear.ToString(),
        EndFiscalYear = p.EndFiscalYear.ToString(), IsPublished = p.IsPublished, SortOrder = p.SortOrder, Version = p.Version,
    };
}
