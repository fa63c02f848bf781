using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Summaries.Reports;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>Per-round, ward and period reports for councillors: a page, PDF, XLSX and CSV. Read-only.</summary>
[Authorize(Policy = Permissions.ViewSummaries)]
public sealed class ReportsController(ReportBuilder reports) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("/summaries/rounds/{id:int}")]
    public async Task<IActionResult> Round(int id, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        return report is null ? NotFound() : View(new RoundReportViewModel(report, reports.Labels));
    }

    [HttpGet("/summaries/rounds/{id:int}/report.pdf")]
    public async Task<IActionResult> RoundPdf(int id, CancellationToken ct)
    {
        var report = await reports.RoundAsync(id, ct);
        return report is null ? NotFound() : File(reports.RoundPdf(report), "application/pdf", $"round-{id}-report.pdf");
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
    public async Task<IActionResult> WardPdf(int id, CancellationToken ct)
    {
        var report = await reports.WardAsync(id, ct);
        return report is null ? NotFound() : File(reports.AreaPdf("ward", report), "application/pdf", $"ward-{id}-report.pdf");
    }

    /// <summary>City-wide report for a period; <c>from</c>/<c>to</c> as yyyy-MM-dd, default the current 年度.</summary>
    [HttpGet("/summaries/period/report.pdf")]
    public async Task<IActionResult> PeriodPdf(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (defaultFrom, defaultTo) = reports.DefaultPeriod();
        var (f, t) = (from ?? defaultFrom, to ?? defaultTo);
        if (t < f) return BadRequest();
        var report = await reports.PeriodAsync(f, t, ct);
        return File(reports.AreaPdf("period", report), "application/pdf", $"period-{f:yyyyMMdd}-{t:yyyyMMdd}-report.pdf");
    }
}

public sealed record RoundReportViewModel(Participation.Core.Consultations.RoundReport Report, ReportLabels Labels);
