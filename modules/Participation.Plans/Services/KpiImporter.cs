using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Plans.Models;

namespace Participation.Plans.Services;

/// <summary>
/// Imports KPI actuals from the staff sheet, all or nothing: every bad row is reported with its
/// row number, column and reason, and nothing is saved unless every row is valid.
/// </summary>
public sealed partial class KpiImporter(ParticipationDbContext db, IAuditLog audit, IStringLocalizer t, TimeProvider clock)
{
    public async Task<ImportResult> ImportAsync(int planId, List<string[]> rows, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        if (rows.Count == 0 || !HeaderMatches(rows[0]))
            return new ImportResult(0, [new ImportError(1, "-", t["Plans.Import.BadHeader", string.Join(",", KpiSheet.Columns)])]);

        var kpis = await (from k in db.Set<Kpi>()
                          join m in db.Set<PlanMeasure>() on k.MeasureId equals m.Id
                          where m.PlanId == planId
                          select new { Kpi = k, m.WardId }).ToListAsync(ct);
        var byId = kpis.ToDictionary(k => k.Kpi.Id);
        var seen = new HashSet<(int, int)>();
        var accepted = new List<(Kpi Kpi, int Year, double Value)>();

        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            var rowNo = i + 1;
            string Cell(int c) => c < row.Length ? row[c].Trim() : "";
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            // A template row nobody filled in is not an error.
            if (Cell(KpiSheet.YearColumn) == "" && Cell(KpiSheet.ValueColumn) == "") continue;

            var before = errors.Count;
            void Fail(int column, string key, params object[] args) =>
                errors.Add(new ImportError(rowNo, KpiSheet.Columns[column], t[key, args]));

            if (!int.TryParse(Cell(KpiSheet.IdColumn), out var kpiId)) Fail(KpiSheet.IdColumn, "Plans.Import.IdNotNumber");
            else if (!byId.ContainsKey(kpiId)) Fail(KpiSheet.IdColumn, "Plans.Import.UnknownKpi", kpiId);
            else if (!user.CanEditWard(byId[kpiId].WardId)) Fail(KpiSheet.IdColumn, "Plans.Import.NotYourWard", kpiId);

            var year = ParseYear(Cell(KpiSheet.YearColumn));
            if (year is null) Fail(KpiSheet.YearColumn, "Plans.Import.BadYear");

            var valueText = Cell(KpiSheet.ValueColumn).Replace(",", "").Replace("，", "");
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                Fail(KpiSheet.ValueColumn, "Plans.Import.BadValue");

            if (errors.Count == before && !seen.Add((kpiId, year!.Value)))
                Fail(KpiSheet.YearColumn, "Plans.Import.Duplicate", kpiId, year.Value);
            if (errors.Count == before) accepted.Add((byId[kpiId].Kpi, year!.Value, value));
        }

        if (errors.Count > 0) return new ImportResult(0, errors);
        if (accepted.Count == 0)
            return new ImportResult(0, [new ImportError(1, "-", t["Plans.Import.Empty"])]);

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = accepted.Select(a => a.Kpi.Id).Distinct().ToList();
        var existing = await db.Set<KpiActual>().Where(a => ids.Contains(a.KpiId)).ToListAsync(ct);
        foreach (var (kpi, year, value) in accepted)
        {
            var actual = existing.FirstOrDefault(a => a.KpiId == kpi.Id && a.FiscalYear == year);
            if (actual is null) db.Add(new KpiActual { KpiId = kpi.Id, FiscalYear = year, Value = value, RecordedAt = now });
            else { actual.Value = value; actual.RecordedAt = now; }
        }
        // A staff member's open actuals form for any of these KPIs is now stale.
        foreach (var kpi in accepted.Select(a => a.Kpi).Distinct()) kpi.Version++;
        audit.Record("plan.kpi-imported", "plan", planId, $"rows={accepted.Count}");
        await db.SaveChangesAsync(ct);
        return new ImportResult(accepted.Count, []);
    }

    private static bool HeaderMatches(string[] header) =>
        header.Length >= KpiSheet.Columns.Length
        && KpiSheet.Columns.Select((c, i) => header[i].Trim().TrimStart('\uFEFF') == c).All(x => x);

    [GeneratedRegex(@"^(?:令和|R)\s*(\d{1,2}|元)\s*(?:年度)?$")]
    private static partial Regex Reiwa();

    /// <summary>2025, 2025年度, 令和7年度 or R7 → 2025.</summary>
    public static int? ParseYear(string text)
    {
        text = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (text.EndsWith("年度")) text = text[..^2];
        if (int.TryParse(text, out var y)) return y is >= 1990 and <= 2100 ? y : null;
        var m = Reiwa().Match(text);
        if (!m.Success) return null;
        var n = m.Groups[1].Value == "元" ? 1 : int.Parse(m.Groups[1].Value);
        return 2018 + n;
    }
}

public sealed record ImportError(int Row, string Column, string Reason);

public sealed record ImportResult(int Imported, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
