using Microsoft.AspNetCore.Mvc;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Clustering.ViewModels;

namespace Participation.Clustering.Controllers;

/// <summary>The public topic map of a published run; anything not published does not exist for the public.</summary>
public sealed class ClustersController(RunQueries queries) : Controller
{
    [HttpGet("/clusters/{runId:int}")]
    public async Task<IActionResult> Show(int runId, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null || !run.IsPublished || run.Status != RunStatus.Done) return NotFound();
        var clusters = await queries.ClustersAsync(runId, ct);
        var points = await queries.PointsAsync(runId, clusters, ct);
        return View(new RunDetailViewModel(run, clusters, points, new Dictionary<int, IReadOnlyList<MeasureSuggestion>>(), false));
    }
}
