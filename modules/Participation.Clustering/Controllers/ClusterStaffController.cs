using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Clustering.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Clustering.Controllers;

/// <summary>Staff start runs, watch their progress, read the topics and publish them.</summary>
[Route("/staff/clusters"), Authorize(Policy = Permissions.View)]
public sealed class ClusterStaffController(ParticipationDbContext db, ClusterRunStarter starter, RunQueries queries, ClusterMeasures measures,
    RunExtras extras, IAuditLog audit, TimeProvider clock, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await ListAsync(new StartRunForm(), ct));

    [HttpPost(""), Authorize(Policy = Permissions.Manage)]
    public async Task<IActionResult> Start([FromForm] StartRunForm form, CancellationToken ct)
    {
        var (run, error) = await starter.StartAsync(form, User, ct);
        if (error == "Forbidden") return StatusCode(StatusCodes.Status403Forbidden);
        if (run is null)
        {
            ModelState.AddModelError("", t[error!].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", await ListAsync(form, ct));
        }
        TempData["Flash"] = t["Clustering.Flash.Started"].Value;
        return Redirect($"/staff/clusters/{run.Id}");
    }

    [HttpGet("{runId:int}")]
    public async Task<IActionResult> Show(int runId, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null) return NotFound();
        if (!User.CanSee(run)) return StatusCode(StatusCodes.Status403Forbidden);
        var clusters = await queries.ClustersAsync(runId, ct);
        var points = await queries.PointsAsync(runId, clusters, ct);
        var suggestions = run.Status == RunStatus.Done ? await measures.SuggestAsync(run, clusters, ct) : new Dictionary<int, IReadOnlyList<MeasureSuggestion>>();
        return View(new RunDetailViewModel(run, clusters, points, suggestions, User.CanManage(run), await extras.ForRunAsync(run, ct)));
    }

    /// <summary>For pages that poll instead of refreshing.</summary>
    [HttpGet("{runId:int}/status")]
    public async Task<IActionResult> Status(int runId, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null) return NotFound();
        if (!User.CanSee(run)) return StatusCode(StatusCodes.Status403Forbidden);
        return Json(new
        {
            id = run.Id, status = run.Status.ToString().ToLowerInvariant(), progress = Math.Round(run.Progress, 3), k = run.K,
            items = run.ItemCount, error = run.ErrorKey is null ? null : t[run.ErrorKey].Value, published = run.IsPublished,
        });
    }

    [HttpGet("{runId:int}/clusters/{clusterId:int}")]
    public async Task<IActionResult> Members(int runId, int clusterId, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null) return NotFound();
        if (!User.CanSee(run)) return StatusCode(StatusCodes.Status403Forbidden);
        var page = await extras.MembersPageAsync(run, clusterId, User, null, ct);
        if (page is not null) return View(page);
        // Merged away or split: the run's page lists where its items went.
        var retired = await db.Set<Cluster>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clusterId && c.RunId == runId, ct);
        if (retired is null) return NotFound();
        return retired.MergedIntoId is int target ? Redirect($"/staff/clusters/{runId}/clusters/{target}") : Redirect($"/staff/clusters/{runId}");
    }

    [HttpPost("{runId:int}/publish"), Authorize(Policy = Permissions.Manage)]
    public async Task<IActionResult> Publish(int runId, [FromForm] bool publish, CancellationToken ct)
    {
        var run = await db.Set<ClusterRun>().FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return NotFound();
        if (!User.CanManage(run)) return StatusCode(StatusCodes.Status403Forbidden);
        if (run.Status != RunStatus.Done)
        {
            TempData["Flash"] = t["Clustering.Flash.NotDone"].Value;
            return Redirect($"/staff/clusters/{runId}");
        }
        run.IsPublished = publish;
        run.PublishedAt = publish ? clock.GetUtcNow().UtcDateTime : null;
        audit.Record(publish ? "clustering.run-published" : "clustering.run-unpublished", "clustering-run", run.Id);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t[publish ? "Clustering.Flash.Published" : "Clustering.Flash.Unpublished"].Value;
        return Redirect($"/staff/clusters/{runId}");
    }

    [HttpPost("{runId:int}/links"), Authorize(Policy = Permissions.Manage)]
    public async Task<IActionResult> Link(int runId, [FromForm] int clusterId, [FromForm] int measureId, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null) return NotFound();
        if (!User.CanManage(run)) return StatusCode(StatusCodes.Status403Forbidden);
        var ok = await measures.ConfirmAsync(run, clusterId, measureId, User, ct);
        TempData["Flash"] = t[ok ? "Clustering.Flash.Linked" : "Clustering.Flash.LinkFailed"].Value;
        return Redirect($"/staff/clusters/{runId}#cluster-{clusterId}");
    }

    private async Task<RunListViewModel> ListAsync(StartRunForm form, CancellationToken ct)
    {
        var runs = db.Set<ClusterRun>().AsNoTracking();
        if (!User.SeesAllWards())
        {
            var ward = User.WardId();
            runs = runs.Where(r => r.WardId != null && r.WardId == ward);
        }
        var list = await runs.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(100).ToListAsync(ct);
        var wards = db.Set<Ward>().AsNoTracking();
        if (!User.IsInRole(Roles.Administrator)) { var w = User.WardId(); wards = wards.Where(x => x.Id == w); }
        var canStart = User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.WardStaff);
        return new RunListViewModel(list, canStart ? await starter.RoundsAsync(User, ct) : [], await wards.OrderBy(x => x.SortOrder).ToListAsync(ct),
            form, canStart, list.Any(r => r.Status is RunStatus.Queued or RunStatus.Running));
    }
}
