using Participation.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Plans;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Participation.Plans.ViewModels;

namespace Participation.Plans.Controllers;

/// <summary>Staff work on plans: the KPI sheet (template, import), measure statuses and resident-voice links.</summary>
[Route("/staff/plans"), Authorize(Policy = Permissions.ManagePlans)]
public sealed class PlansStaffController(PlanQueries queries, ParticipationDbContext db, KpiImporter importer,
    IMeasureCatalog catalog, MeasureSuggester suggester, PlansSettings settings, IAuditLog audit, TimeProvider clock,
    IStringLocalizer t) : Controller
{
    private const long MaxUpload = 5 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new StaffPlansViewModel(await queries.ListPlansAsync(ct), null, null, await UnpublishedAsync(ct)));

    private async Task<IReadOnlyList<Plan>> UnpublishedAsync(CancellationToken ct) =>
        await db.Set<Plan>().AsNoTracking().Where(p => !p.IsPublished).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);

    [HttpGet("{id:int}/template.csv")]
    public async Task<IActionResult> TemplateCsv(int id, string? encoding, CancellationToken ct)
    {
        var rows = await TemplateRowsAsync(id, ct);
        var chosen = CsvEncodings.For(encoding);
        return rows is null ? NotFound() : File(Csv.ToBytes(rows.Prepend(KpiSheet.Columns), chosen), $"text/csv; charset={chosen.WebName}", $"plan-{id}-template.csv");
    }

    [HttpGet("{id:int}/template.xlsx")]
    public async Task<IActionResult> TemplateXlsx(int id, CancellationToken ct)
    {
        var rows = await TemplateRowsAsync(id, ct);
        return rows is null ? NotFound() : File(XlsxSheet.Write("成果指標", KpiSheet.Columns, rows),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"plan-{id}-template.xlsx");
    }

    [HttpPost("{id:int}/import"), RequestSizeLimit(MaxUpload)]
    public async Task<IActionResult> Import(int id, IFormFile? file, CancellationToken ct)
    {
        if (!await db.Set<Plan>().AnyAsync(p => p.Id == id, ct)) return NotFound();
        ImportResult result;
        if (file is null || file.Length == 0)
            result = new ImportResult(0, [new ImportError(0, "-", t["Plans.Import.NoFile"])]);
        else
        {
            List<string[]> rows;
            try
            {
                await using var stream = file.OpenReadStream();
                if (file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) rows = XlsxSheet.Read(stream);
                else
                {
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer, ct);
                    rows = Csv.Parse(CsvEncodings.Decode(buffer.ToArray()));
                }
                result = await importer.ImportAsync(id, rows, User, ct);
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or IOException or ArgumentException)
            {
                result = new ImportResult(0, [new ImportError(0, "-", t["Plans.Import.Unreadable"])]);
            }
        }
        if (!result.Succeeded) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", new StaffPlansViewModel(await queries.ListPlansAsync(ct), result, id, await UnpublishedAsync(ct)));
    }

    [HttpGet("measures/{id:int}")]
    public async Task<IActionResult> Measure(int id, string? suggest, CancellationToken ct)
    {
        var detail = await queries.GetMeasureAsync(id, ct);
        if (detail is null) return NotFound();
        return View(await ModelAsync(detail, suggest, null, new VoiceLinkInput(), ct));
    }

    [HttpPost("measures/{id:int}/status")]
    public async Task<IActionResult> UpdateStatus(int id, [FromForm] string? status, [FromForm] string? note, CancellationToken ct)
    {
        var measure = await db.Set<PlanMeasure>().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return NotFound();
        if (!User.CanEdit(measure)) return Forbid();
        note = note?.Trim() ?? "";
        if (status is null || !settings.IsStatus(status) || note.Length > 2000)
        {
            var detail = (await queries.GetMeasureAsync(id, ct))!;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Measure", await ModelAsync(detail, null, t["Plans.Staff.BadStatus"], new VoiceLinkInput(), ct));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        measure.Status = status;
        measure.UpdatedAt = now;
        measure.Version++;
        db.Add(new ProgressUpdate { MeasureId = id, PostedAt = now, Status = status, Note = note });
        audit.Record("plan.status-changed", "plan-measure", id, $"status={status}");
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Plans.Staff.Saved"].Value;
        return Redirect($"/staff/plans/measures/{id}");
    }

    [HttpPost("measures/{id:int}/voice")]
    public async Task<IActionResult> LinkVoice(int id, [FromForm] VoiceLinkInput input, CancellationToken ct)
    {
        var measure = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return NotFound();
        if (!User.CanEdit(measure)) return Forbid();
        var error = ValidateVoice(input);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Measure", await ModelAsync((await queries.GetMeasureAsync(id, ct))!, null, error, input, ct));
        }
        await catalog.LinkVoiceAsync(new VoiceLinkRequest(id, input.SourceType, input.SourceId.Trim(), input.Title.Trim(),
            input.Url.Trim(), input.Count, input.RepresentativeText.Trim()), ct);
        TempData["Flash"] = t["Plans.Staff.Saved"].Value;
        return Redirect($"/staff/plans/measures/{id}");
    }

    [HttpPost("measures/{id:int}/voice/{linkId:int}/delete")]
    public async Task<IActionResult> UnlinkVoice(int id, int linkId, CancellationToken ct)
    {
        var measure = await db.Set<PlanMeasure>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        var link = await db.Set<MeasureVoiceLink>().FirstOrDefaultAsync(v => v.Id == linkId && v.MeasureId == id, ct);
        if (measure is null || link is null) return NotFound();
        if (!User.CanEdit(measure)) return Forbid();
        db.Remove(link);
        audit.Record("plan.voice-unlinked", "plan-measure", id, $"{link.SourceType}:{link.SourceId}");
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/plans/measures/{id}");
    }

    private string? ValidateVoice(VoiceLinkInput input)
    {
        if (!VoiceSourceTypes.All.Contains(input.SourceType)) return t["Plans.Voice.BadType"];
        if (string.IsNullOrWhiteSpace(input.SourceId) || string.IsNullOrWhiteSpace(input.Title)) return t["Plans.Voice.Required"];
        if (input.Title.Length > 200 || input.SourceId.Length > 100 || input.RepresentativeText.Length > 2000) return t["Plans.Voice.TooLong"];
        if (input.Url.Length > 0 && MeasureCatalog.SafeUrl(input.Url.Trim()) == "") return t["Plans.Voice.BadUrl"];
        if (input.Count < 0) return t["Plans.Voice.BadCount"];
        return null;
    }

    private async Task<StaffMeasureViewModel> ModelAsync(MeasureDetail detail, string? suggest, string? error, VoiceLinkInput input, CancellationToken ct)
    {
        var suggestions = string.IsNullOrWhiteSpace(suggest) ? [] : await suggester.SuggestAsync(suggest, 5, ct);
        return new StaffMeasureViewModel(detail, settings.Statuses, User.CanEditWard(detail.Measure.WardId), suggestions, suggest, error, input);
    }

    private async Task<List<string[]>?> TemplateRowsAsync(int id, CancellationToken ct)
    {
        if (!await db.Set<Plan>().AnyAsync(p => p.Id == id, ct)) return null;
        var nodes = await queries.LoadNodesAsync(id, ct);
        var mine = nodes.Where(m => User.CanEdit(m));
        return KpiSheet.Rows(mine.SelectMany(m => m.Kpis.OrderBy(k => k.SortOrder).Select(k => (m, k))), template: true);
    }
}
