using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Plans.Models;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Services;

/// <summary>
/// Creates, edits and deletes plans and the nodes of their tree. Every save compares the form's
/// row version with the stored one (and EF checks it again in the UPDATE), every change is audited,
/// and a delete is refused while anything depends on the record.
/// </summary>
public sealed class PlanTreeEditor(ParticipationDbContext db, PlansSettings settings, IAuditLog audit, TimeProvider clock, IStringLocalizer t)
{
    public async Task<(EditOutcome, Plan?)> SavePlanAsync(Plan? plan, PlanInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        var start = Year(input.StartFiscalYear, "Input.StartFiscalYear", errors);
        var end = Year(input.EndFiscalYear, "Input.EndFiscalYear", errors);
        if (start is not null && end is not null && (end < start || end - start > 30))
            errors.AddModelError("Input.EndFiscalYear", t["Plans.Edit.BadPeriod"]);
        if (!errors.IsValid) return (EditOutcome.Invalid, plan);
        if (plan is not null && plan.Version != input.Version) return (EditOutcome.Conflict, plan);
        var isNew = plan is null;
        plan ??= db.Add(new Plan { Title = "" }).Entity;
        plan.Title = input.Title!.Trim();
        plan.Vision = input.Vision?.Trim() ?? "";
        plan.Description = input.Description?.Trim() ?? "";
        plan.StartFiscalYear = start!.Value;
        plan.EndFiscalYear = end!.Value;
        plan.IsPublished = input.IsPublished;
        plan.SortOrder = input.SortOrder;
        if (!isNew) plan.Version = input.Version + 1;
        if (isNew) await db.SaveChangesAsync(ct);   // the id for the audit entry
        audit.Record(isNew ? "plan.created" : "plan.edited", "plan", plan.Id, $"published={plan.IsPublished}");
        return (await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict, plan);
    }

    public async Task<EditOutcome> DeletePlanAsync(Plan plan, ModelStateDictionary errors, CancellationToken ct)
    {
        var nodes = await db.Set<PlanMeasure>().CountAsync(m => m.PlanId == plan.Id, ct);
        if (nodes > 0)
        {
            errors.AddModelError("", t["Plans.Edit.PlanHasNodes", nodes]);
            return EditOutcome.Refused;
        }
        db.Remove(plan);
        audit.Record("plan.deleted", "plan", plan.Id);
        await db.SaveChangesAsync(ct);
        return EditOutcome.Saved;
    }

    /// <summary>Creates a node under <paramref name="parent"/> (a policy area when null) or edits <paramref name="node"/>.</summary>
    public async Task<(EditOutcome, PlanMeasure?)> SaveNodeAsync(int planId, PlanMeasure? node, PlanMeasure? parent, MeasureInput input,
        ModelStateDictionary errors, CancellationToken ct)
    {
        var code = input.Code?.Trim() ?? "";
        if (code.Length > 0 && !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            errors.AddModelError("Input.Code", t["Plans.Edit.BadCode"]);
        else if (code.Length > 0 && await db.Set<PlanMeasure>().AnyAsync(m => m.PlanId == planId && m.Code == code && (node == null || m.Id != node.Id), ct))
            errors.AddModelError("Input.Code", t["Plans.Edit.CodeTaken", code]);
        var (weight, problem) = KpiNumbers.Parse(input.Weight, "");
        if (problem != KpiNumbers.Problem.None || weight < 0 || weight > 1000)
            errors.AddModelError("Input.Weight", t["Plans.Edit.BadWeight"]);
        if (input.WardId is not null && !await db.Set<Ward>().AnyAsync(w => w.Id == input.WardId, ct))
            errors.AddModelError("Input.WardId", t["Plans.Edit.BadWard"]);
        if (node is null && (input.Status is null || !settings.IsStatus(input.Status)))
            errors.AddModelError("Input.Status", t["Plans.Staff.BadStatus"]);
        if (node is null && parent?.Level == PlanLevel.Project)
            errors.AddModelError("", t["Plans.Edit.TooDeep"]);
        if (!errors.IsValid) return (EditOutcome.Invalid, node);
        if (node is not null && node.Version != input.Version) return (EditOutcome.Conflict, node);

        var now = clock.GetUtcNow().UtcDateTime;
        var isNew = node is null;
        if (node is null)
        {
            node = db.Add(new PlanMeasure
            {
                PlanId = planId, ParentId = parent?.Id, Code = code, Title = "", Status = input.Status!,
                Level = parent is null ? PlanLevel.PolicyArea : parent.Level + 1,
            }).Entity;
        }
        else node.Version = input.Version + 1;
        node.Code = code;
        node.Title = input.Title!.Trim();
        node.Description = input.Description?.Trim() ?? "";
        node.Department = input.Department?.Trim() ?? "";
        node.WardId = input.WardId;
        node.Weight = weight;
        node.SortOrder = input.SortOrder;
        node.UpdatedAt = now;
        if (isNew)
        {
            await db.SaveChangesAsync(ct);
            db.Add(new ProgressUpdate { MeasureId = node.Id, PostedAt = now, Status = node.Status, Note = "" });
        }
        audit.Record(isNew ? "plan.measure-created" : "plan.measure-edited", "plan-measure", node.Id,
            $"plan={planId} code={node.Code} ward={node.WardId?.ToString() ?? "-"}");
        return (await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict, node);
    }

    public async Task<EditOutcome> DeleteNodeAsync(PlanMeasure node, int version, ModelStateDictionary errors, CancellationToken ct)
    {
        if (node.Version != version) return EditOutcome.Conflict;
        var children = await db.Set<PlanMeasure>().CountAsync(m => m.ParentId == node.Id, ct);
        var kpis = await db.Set<Kpi>().CountAsync(k => k.MeasureId == node.Id, ct);
        var voice = await db.Set<MeasureVoiceLink>().CountAsync(v => v.MeasureId == node.Id, ct);
        if (children + kpis + voice > 0)
        {
            errors.AddModelError("", t["Plans.Edit.NodeHasData", children, kpis, voice]);
            return EditOutcome.Refused;
        }
        db.Remove(node);
        audit.Record("plan.measure-deleted", "plan-measure", node.Id, $"plan={node.PlanId} code={node.Code}");
        return await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    private int? Year(string? text, string key, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;   // [Required] already said so
        var year = KpiImporter.ParseYear(text);
        if (year is null) errors.AddModelError(key, t["Plans.Edit.BadYear"]);
        return year;
    }

    /// <summary>False when another save won the race between our read and our UPDATE.</summary>
    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); return true; }
        catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); return false; }
    }
}
