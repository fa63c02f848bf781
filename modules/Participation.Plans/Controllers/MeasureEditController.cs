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

/// <summary>
/// Nodes of the plan tree: policy areas (planning staff only), measures (施策) and projects (事業),
/// which follow the ward rule — another ward's node is 403, and a node cannot be moved to a ward
/// its editor does not serve.
/// </summary>
[Route("/staff/plans"), Authorize(Policy = Permissions.ManagePlans)]
public sealed class MeasureEditController(ParticipationDbContext db, PlanTreeEditor editor, PlansSettings settings, IStringLocalizer t) : Controller
{
    [HttpGet("{planId:int}/measures/new")]
    public async Task<IActionResult> New(int planId, int? parentId, CancellationToken ct)
    {
        var (plan, parent, denied) = await PlaceAsync(planId, parentId, ct);
        if (denied is not null) return denied;
        var input = new MeasureInput { ParentId = parentId, WardId = parent?.WardId, Status = settings.Statuses[0].Key, Department = parent?.Department };
        return await FormAsync(plan!, null, parent, input, ct);
    }

    [HttpPost("{planId:int}/measures/new")]
    public async Task<IActionResult> Create(int planId, [Bind(Prefix = "Input")] MeasureInput input, CancellationToken ct)
    {
        var (plan, parent, denied) = await PlaceAsync(planId, input.ParentId, ct);
        if (denied is not null) return denied;
        var level = parent is null ? PlanLevel.PolicyArea : parent.Level + 1;
        if (!User.CanEditNode(level, input.WardId)) ModelState.AddModelError("Input.WardId", t["Plans.Edit.WardNotYours"]);
        var (outcome, node) = await editor.SaveNodeAsync(planId, null, parent, input, ModelState, ct);
        if (outcome != EditOutcome.Saved) return await InvalidAsync(plan!, null, parent, input, ct);
        TempData["Flash"] = t["Plans.Edit.NodeCreated", node!.Title].Value;
        return Redirect($"/staff/plans/{planId}/tree#node-{node.Id}");
    }

    [HttpGet("measures/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var node = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (node is null) return NotFound();
        if (!User.CanEditNode(node.Level, node.WardId)) return Forbid();
        var plan = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == node.PlanId, ct);
        return await FormAsync(plan, node, await ParentAsync(node, ct), InputOf(node), ct);
    }

    [HttpPost("measures/{id:int}/edit")]
    public async Task<IActionResult> Update(int id, [Bind(Prefix = "Input")] MeasureInput input, CancellationToken ct)
    {
        var node = await db.Set<PlanMeasure>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (node is null) return NotFound();
        if (!User.CanEditNode(node.Level, node.WardId)) return Forbid();
        var plan = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == node.PlanId, ct);
        var parent = await ParentAsync(node, ct);
        if (!User.CanEditNode(node.Level, input.WardId)) ModelState.AddModelError("Input.WardId", t["Plans.Edit.WardNotYours"]);
        var (outcome, _) = await editor.SaveNodeAsync(plan.Id, node, parent, input, ModelState, ct);
        if (outcome == EditOutcome.Conflict) return await ConflictAsync(plan, id, parent, input, ct);
        if (outcome != EditOutcome.Saved) return await InvalidAsync(plan, node, parent, input, ct);
        TempData["Flash"] = t["Plans.Staff.Saved"].Value;
        return Redirect($"/staff/plans/{plan.Id}/tree#node-{id}");
    }

    [HttpPost("measures/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [FromForm] int version, CancellationToken ct)
    {
        var node = await db.Set<PlanMeasure>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (node is null) return NotFound();
        if (!User.CanEditNode(node.Level, node.WardId)) return Forbid();
        var plan = await db.Set<Plan>().AsNoTracking().FirstAsync(p => p.Id == node.PlanId, ct);
        var parent = await ParentAsync(node, ct);
        var outcome = await editor.DeleteNodeAsync(node, version, ModelState, ct);
        if (outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["Plans.Edit.NodeDeleted", node.Title].Value;
            return Redirect($"/staff/plans/{plan.Id}/tree");
        }
        if (outcome == EditOutcome.Conflict) ModelState.AddModelError("", t["Plans.Edit.Conflict"]);
        var current = await db.Set<PlanMeasure>().AsNoTracking().FirstAsync(m => m.Id == id, ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await FormAsync(plan, current, parent, InputOf(current), ct);
    }

    /// <summary>The plan and parent a new node goes under, or the response refusing it.</summary>
    private async Task<(Plan?, PlanMeasure?, IActionResult?)> PlaceAsync(int planId, int? parentId, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null) return (null, null, NotFound());
        PlanMeasure? parent = null;
        if (parentId is not null)
        {
            parent = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == parentId && m.PlanId == planId, ct);
            if (parent is null) return (plan, null, NotFound());
            if (parent.Level == PlanLevel.Project) return (plan, null, BadRequest());
        }
        // Policy areas are for planning staff; under a ward's node only that ward's staff (or admins) add.
        if (parent is null ? !User.CanEditPlans() : parent.WardId is not null && !User.CanEditWard(parent.WardId)) return (plan, parent, Forbid());
        return (plan, parent, null);
    }

    private Task<PlanMeasure?> ParentAsync(PlanMeasure node, CancellationToken ct) => node.ParentId is null
        ? Task.FromResult<PlanMeasure?>(null)
        : db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == node.ParentId, ct);

    private async Task<IActionResult> ConflictAsync(Plan plan, int id, PlanMeasure? parent, MeasureInput input, CancellationToken ct)
    {
        var current = await db.Set<PlanMeasure>().AsNoTracking().FirstAsync(m => m.Id == id, ct);
        ModelState.Remove("Input.Version");
        input.Version = current.Version;
        ModelState.AddModelError("", t["Plans.Edit.Conflict"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await FormAsync(plan, current, parent, input, ct);
    }

    private async Task<IActionResult> InvalidAsync(Plan plan, PlanMeasure? node, PlanMeasure? parent, MeasureInput input, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await FormAsync(plan, node, parent, input, ct);
    }

    private async Task<IActionResult> FormAsync(Plan plan, PlanMeasure? node, PlanMeasure? parent, MeasureInput input, CancellationToken ct)
    {
        var wards = (await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ThenBy(w => w.Id).ToListAsync(ct))
            .Where(w => User.CanEditWard(w.Id)).ToList();
        var level = node?.Level ?? (parent is null ? PlanLevel.PolicyArea : parent.Level + 1);
        return View("~/Views/MeasureEdit/Form.cshtml", new MeasureFormModel(plan.Id, plan.Title, node?.Id, level, parent?.Title, input, wards, settings.Statuses));
    }

    private static MeasureInput InputOf(PlanMeasure m) => new()
    {
        Code = m.Code, Title = m.Title, Description = m.Description, Department = m.Department, WardId = m.WardId,
        Weight = KpiNumbers.Format(m.Weight), SortOrder = m.SortOrder, ParentId = m.ParentId, Version = m.Version,
    };
}
