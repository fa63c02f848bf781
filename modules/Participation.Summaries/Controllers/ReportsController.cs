using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Participation.Summaries.Reports;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>Per-round, ward and period reports for councillors: a page, PDF, XLSX and CSV. Read-only.</summary>
[Authorize(Policy = Permissions.ViewSummaries)]
public sealed class ReportsController(ReportBuilder reports, ReportJobs jobs, IConfiguration configuration) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/summaries/rounds/{id:int}")]
    public async Task<IActionResult> Round(int id, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        return report is null ? NotFound() : View(new RoundReportViewModel(report, await reports.TopicsAsync(id, ct), reports.Labels));
    }

    /// <summary>Small reports are sent at once; large ones (or <c>?background=true</c>) go to a job with a progress page.</summary>
    [HttpGet("/summaries/rounds/{id:int}/report.pdf")]
    public async Task<IActionResult> RoundPdf(int id, bool background, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        if (report is null) return NotFound();
        var topics = await reports.TopicsAsync(id, ct);
        var name = $"round-{id}-report.pdf";
        var key = reports.RoundKey(report, topics);
        return await ViaJobAsync(key, name, background || report.Round.Opinions > BackgroundAbove, new("round", id, null, null, Culture, key, name), ct)
               ?? File(reports.RoundPdf(report, topics), "application/pdf", name);
    }

    [HttpGet("/summaries/rounds/{id:int}/report.xlsx")]
    public async Task<IActionResult> RoundXlsx(int id, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        return report is null ? NotFound() : File(RoundReportExport.Xlsx(report, reports.Labels), Xlsx, $"round-{id}-report.xlsx");
    }

    [HttpGet("/summaries/rounds/{id:int}/report.csv")]
    public async Task<IActionResult> RoundCsv(int id, string? encoding, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        if (report is null) return NotFound();
        var chosen = StatisticsExporter.EncodingFor(encoding);
        return File(RoundReportExport.Csv(RoundReportExport.CountRows(report, reports.Labels), chosen), $"text/csv; charset={chosen.WebName}", $"round-{id}-report.csv");
    }

    [HttpGet("/summaries/rounds/{id:int}/opinions.csv")]
    public async Task<IActionResult> OpinionsCsv(int id, string? encoding, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        if (report is null) return NotFound();
        var chosen = StatisticsExporter.EncodingFor(encoding);
        return File(RoundReportExport.Csv(RoundReportExport.OpinionRows(report, reports.Labels), chosen), $"text/csv; charset={chosen.WebName}", $"round-{id}-opinions.csv");
    }

    [HttpGet("/summaries/wards/{id:int}/report.pdf")]
    public async Task<IActionResult> WardPdf(int id, bool background, CancellationToken ct)
    {
        var report = await reports.WardAsync(id, ct);
        if (report is null) return NotFound();
        var (name, key) = ($"ward-{id}-report.pdf", reports.AreaKey("ward", report));
        return await ViaJobAsync(key, name, background || Large(report), new("ward", id, null, null, Culture, key, name), ct)
               ?? File(reports.AreaPdf("ward", report), "application/pdf", name);
    }

    /// <summary>City-wide report for a period; <c>from</c>/<c>to</c> as yyyy-MM-dd, default the current 年度.</summary>
    [HttpGet("/summaries/period/report.pdf")]
    public async Task<IActionResult> PeriodPdf(DateOnly? from, DateOnly? to, bool background, CancellationToken ct)
    {
        var (defaultFrom, defaultTo) = reports.DefaultPeriod();
        var (f, t) = (from ?? defaultFrom, to ?? defaultTo);
        if (t < f) return BadRequest();
        var report = await reports.PeriodAsync(f, t, ct);
        var (name, key) = ($"period-{f:yyyyMMdd}-{t:yyyyMMdd}-report.pdf", reports.AreaKey("period", report));
        var request = new ReportJobRequest("period", null, f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Culture, key, name);
        return await ViaJobAsync(key, name, background || Large(report), request, ct)
               ?? File(reports.AreaPdf("period", report), "application/pdf", name);
    }

    /// <summary>Opinions above which a report renders in a background job (<c>Participation:Summaries:BackgroundAboveOpinions</c>).</summary>
    private int BackgroundAbove => configuration.GetValue("Participation:Summaries:BackgroundAboveOpinions", 3000);

    private bool Large(AreaReport report) => report.Rounds.Sum(r => r.Opinions) > BackgroundAbove;

    private static string Culture => CultureInfo.CurrentUICulture.Name;

    /// <summary>
    /// Null when the report should be rendered in this request. Otherwise: a file a job already finished (on any
    /// node), or the progress page of the job rendering it.
    /// </summary>
    private async Task<IActionResult?> ViaJobAsync(string key, string name, bool large, ReportJobRequest request, CancellationToken ct)
    {
        if (reports.IsCached(key)) return null;
        var id = ReportJobs.IdFor(key);
        if (await jobs.GetAsync(id, ct) is { Status: ReportJobStatus.Done } && await jobs.FileAsync(id, ct) is { } file)
            return File(file, "application/pdf", name);
        if (!large) return null;
        await jobs.StartAsync(request, ct);
        return Redirect($"/summaries/reports/jobs/{id}");
    }
}

public sealed record RoundReportViewModel(Participation.Core.Consultations.RoundReport Report, TopicsReport Topics, ReportLabels Labels);
