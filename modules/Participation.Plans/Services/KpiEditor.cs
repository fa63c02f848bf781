using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Plans.Models;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Services;

/// <summary>
/// KPI definitions and their actuals per fiscal year (年度). Actuals are saved as a whole sheet
/// under the KPI's row version, so two people typing the same KPI's figures cannot overwrite each
/// other unseen; the spreadsheet import bumps the same version.
/// </summary>
public sealed class KpiEditor(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer t)
{
    public async Task<(EditOutcome, Kpi?)> SaveKpiAsync(PlanMeasure measure, Kpi? kpi, KpiInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        var unit = input.Unit?.Trim() ?? "";
        if (input.Direction is not ("higher" or "lower")) errors.AddModelError("Input.Direction", t["Plans.Edit.BadDirection"]);
        var baseline = Number(input.BaselineValue, unit, "Input.BaselineValue", errors);
        var target = Number(input.TargetValue, unit, "Input.TargetValue", errors);
        var baselineYear = Year(input.BaselineFiscalYear, "Input.BaselineFiscalYear", errors);
        var targetYear = Year(input.TargetFiscalYear, "Input.TargetFiscalYear", errors);
        if (baselineYear is not null && targetYear is not null && targetYear < baselineYear)
            errors.AddModelError("Input.TargetFiscalYear", t["Plans.Edit.TargetBeforeBaseline"]);
        if (!errors.IsValid) return (EditOutcome.Invalid, kpi);
        if (kpi is not null && kpi.Version != input.Version) return (EditOutcome.Conflict, kpi);

        var isNew = kpi is null;
        if (kpi is null) kpi = db.Add(new Kpi { MeasureId = measure.Id, Name = "" }).Entity;
        else kpi.Version = input.Version + 1;
        kpi.Name = input.Name!.Trim();
        kpi.Unit = unit;
        kpi.HigherIsBetter = input.Direction == "higher";
        kpi.BaselineValue = baseline!.Value;
        kpi.BaselineFiscalYear = baselineYear!.Value;
        kpi.TargetValue = target!.Value;
        kpi.TargetFiscalYear = targetYear!.Value;
        kpi.Comment = input.Comment?.Trim() ?? "";
        kpi.SortOrder = input.SortOrder;
        if (isNew) await db.SaveChangesAsync(ct);
        audit.Record(isNew ? "plan.kpi-created" : "plan.kpi-edited", "plan-kpi", kpi.Id, $"measure={measure.Id}");
        return (await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict, kpi);
    }

    public async Task<EditOutcome> DeleteKpiAsync(Kpi kpi, int version, ModelStateDictionary errors, CancellationToken ct)
    {
        if (kpi.Version != version) return EditOutcome.Conflict;
        var actuals = await db.Set<KpiActual>().CountAsync(a => a.KpiId == kpi.Id, ct);
        if (actuals > 0)
        {
            errors.AddModelError("", t["Plans.Edit.KpiHasActuals", actuals]);
            return EditOutcome.Refused;
        }
        db.Remove(kpi);
        audit.Record("plan.kpi-deleted", "plan-kpi", kpi.Id, $"measure={kpi.MeasureId}");
        return await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    /// <summary>The fiscal years the actuals sheet offers: the plan's period, the KPI's baseline and target years, and any year already recorded.</summary>
    public static List<int> Years(Plan plan, Kpi kpi)
    {
        var from = Math.Min(plan.StartFiscalYear, kpi.BaselineFiscalYear);
        var to = Math.Max(plan.EndFiscalYear, kpi.TargetFiscalYear);
        return Enumerable.Range(from, Math.Max(0, to - from + 1)).Union(kpi.Actuals.Select(a => a.FiscalYear)).Order().ToList();
    }

    public async Task<EditOutcome> SaveActualsAsync(Plan plan, Kpi kpi, ActualsInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        var allowed = Years(plan, kpi).ToHashSet();
        var wanted = new Dictionary<int, double?>();
        for (var i = 0; i < input.Rows.Count; i++)
        {
            var row = input.Rows[i];
            var key = $"Input.Rows[{i}].Value";
            if (!allowed.Contains(row.Year)) { errors.AddModelError(key, t["Plans.Edit.YearOutOfRange", row.Year, allowed.Min(), allowed.Max()]); continue; }
            if (!wanted.TryAdd(row.Year, null)) { errors.AddModelError(key, t["Plans.Import.Duplicate", kpi.Id, row.Year]); continue; }
            if (string.IsNullOrWhiteSpace(row.Value)) continue;
            wanted[row.Year] = Number(row.Value, kpi.Unit, key, errors, FiscalYearLabel(row.Year));
        }
        if (!errors.IsValid) return EditOutcome.Invalid;
        if (kpi.Version != input.Version) return EditOutcome.Conflict;

        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, changed = 0, removed = 0;
        foreach (var (year, value) in wanted)
        {
            var actual = kpi.Actuals.FirstOrDefault(a => a.FiscalYear == year);
            if (value is null) { if (actual is not null) { db.Remove(actual); removed++; } }
            else if (actual is null) { db.Add(new KpiActual { KpiId = kpi.Id, FiscalYear = year, Value = value.Value, RecordedAt = now }); added++; }
            else if (actual.Value != value.Value) { actual.Value = value.Value; actual.RecordedAt = now; changed++; }
        }
        kpi.Version = input.Version + 1;
        audit.Record("plan.kpi-actuals-saved", "plan-kpi", kpi.Id, $"added={added} changed={changed} removed={removed}");
        return await SaveAsync(ct) ? EditOutcome.Saved : EditOutcome.Conflict;
    }

    public static string FiscalYearLabel(int year) => $"{year}年度（{new Participation.Core.Text.FiscalYear(year).ToWareki()}）";

    private double? Number(string? text, string unit, string key, ModelStateDictionary errors, string? label = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;   // [Required] speaks for definitions
        var (value, problem) = KpiNumbers.Parse(text, unit);
        if (problem == KpiNumbers.Problem.None) return value;
        errors.AddModelError(key, label is null ? t[KpiNumbers.Key(problem), unit] : t["Plans.Edit.RowError", label, t[KpiNumbers.Key(problem), unit]]);
        return null;
    }

    private int? Year(string? text, string key, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var year = KpiImporter.ParseYear(text);
        if (year is null) errors.AddModelError(key, t["Plans.Edit.BadYear"]);
        return year;
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); return true; }
        catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); return false; }
    }
}
