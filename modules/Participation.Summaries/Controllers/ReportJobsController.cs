using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>
/// The progress page of a report rendered in the background, its JSON status (polled by a small script; the
/// page works without it through a refresh link) and the finished file.
/// </summary>
[Route("/summaries/reports/jobs/{id:regex(^[[0-9a-f]]{{24}}$)}"), Authorize(Policy = Permissions.ViewSummaries)]
public sealed class ReportJobsController(ReportJobs jobs) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string id, CancellationToken ct) =>
        await jobs.GetAsync(id, ct) is { } state ? View(new ReportJobViewModel(id, state)) : NotFound();

    [HttpGet("status")]
    public async Task<IActionResult> Status(string id, CancellationToken ct)
    {
        if (await jobs.GetAsync(id, ct) is not { } state) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            status = state.Status.ToString().ToLowerInvariant(),
            percent = state.Percent,
            download = state.Status == ReportJobStatus.Done ? $"/summaries/reports/jobs/{id}/file" : null,
        });
    }

    [HttpGet("file")]
    public async Task<IActionResult> Download(string id, CancellationToken ct)
    {
        if (await jobs.GetAsync(id, ct) is not { Status: ReportJobStatus.Done } state) return NotFound();
        return await jobs.FileAsync(id, ct) is { } file ? File(file, "application/pdf", state.FileName) : NotFound();
    }
}

public sealed record ReportJobViewModel(string Id, ReportJobState State)
{
    public string StatusKey => State.Status.ToString().ToLowerInvariant();
}
