using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Exports;
using Participation.Consultations.Services;

namespace Participation.Consultations.Controllers;

/// <summary>Public downloads of published results. They answer with the file itself; no personal data.</summary>
public sealed class ResultsExportController(ResultsService results) : Controller
{
    [HttpGet("/rounds/{id:int}/results.csv")]
    public Task<IActionResult> Csv(int id, CancellationToken ct) =>
        FileAsync(id, CsvExport.Write, "text/csv; charset=utf-8", "csv", ct);

    [HttpGet("/rounds/{id:int}/results.xlsx")]
    public Task<IActionResult> Xlsx(int id, CancellationToken ct) =>
        FileAsync(id, XlsxExport.Write, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", ct);

    [HttpGet("/rounds/{id:int}/results.pdf")]
    public Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        FileAsync(id, PdfExport.Write, "application/pdf", "pdf", ct);

    private async Task<IActionResult> FileAsync(int id, Func<RoundResults, byte[]> write, string contentType, string ext, CancellationToken ct)
    {
        var result = await results.GetAsync(id, ct);
        if (result is null) return NotFound();
        return File(write(result), contentType, $"round-{id}-results.{ext}");
    }
}
