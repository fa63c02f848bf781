using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Clustering.ViewModels;

namespace Participation.Clustering.Controllers;

/// <summary>
/// Staff rename, merge and split clusters of a completed run of their ward. A refused edit shows the cluster's page
/// again with what was typed and a message (422 wrong input, 409 someone changed the cluster since).
/// </summary>
[Route("/staff/clusters/{runId:int}/clusters/{clusterId:int}"), Authorize(Policy = Permissions.Manage)]
public sealed class ClusterEditController(RunQueries queries, ClusterEditing editing, ClusterSplitter splitter, RunExtras extras,
    ClusterMeasures measures, IStringLocalizer t) : Controller
{
    [HttpPost("rename")]
    public Task<IActionResult> Rename(int runId, int clusterId, [FromForm] ClusterEditForm form, CancellationToken ct) =>
        EditAsync(runId, clusterId, form, "rename", run => editing.RenameAsync(run, clusterId, form.Label, form.Version, User, ct), "Clustering.Flash.Renamed", ct);

    [HttpPost("merge")]
    public Task<IActionResult> Merge(int runId, int clusterId, [FromForm] ClusterEditForm form, CancellationToken ct) =>
        EditAsync(runId, clusterId, form, "merge", run => editing.MergeAsync(run, clusterId, form.SourceId ?? 0, form.Version, User, ct), "Clustering.Flash.Merged", ct);

    [HttpPost("split")]
    public Task<IActionResult> Split(int runId, int clusterId, [FromForm] ClusterEditForm form, CancellationToken ct) =>
        EditAsync(runId, clusterId, form, "split", run => splitter.SplitAsync(run, clusterId, form.Parts ?? 0, form.Version, User, ct), "Clustering.Flash.Split", ct);

    private async Task<IActionResult> EditAsync(int runId, int clusterId, ClusterEditForm form, string kind, Func<ClusterRun, Task<ClusterEditResult>> edit,
        string flashKey, CancellationToken ct)
    {
        var run = await queries.RunAsync(runId, ct);
        if (run is null) return NotFound();
        if (!User.CanManage(run)) return StatusCode(StatusCodes.Status403Forbidden);
        if (run.Status != RunStatus.Done)
        {
            TempData["Flash"] = t["Clustering.Flash.NotDone"].Value;
            return Redirect($"/staff/clusters/{runId}");
        }
        ModelState.Clear();
        var result = await edit(run);
        switch (result.Outcome)
        {
            case ClusterEditOutcome.Saved:
                if (kind != "split") await measures.RefreshLinksAsync(run, result.ClusterId!.Value, ct);
                TempData["Flash"] = t[flashKey].Value;
                return Redirect(kind == "split" ? $"/staff/clusters/{runId}#clusters" : $"/staff/clusters/{runId}/clusters/{result.ClusterId}");
            case ClusterEditOutcome.NotFound:
                return NotFound();
        }
        form.Failed = kind;
        var page = await extras.MembersPageAsync(run, clusterId, User, form, ct);
        if (page is null)
        {
            // Someone merged or split this cluster meanwhile: nothing is left to edit here.
            TempData["Flash"] = t["Clustering.Edit.Gone"].Value;
            return Redirect($"/staff/clusters/{runId}");
        }
        ModelState.AddModelError(kind switch { "rename" => nameof(form.Label), "merge" => nameof(form.SourceId), _ => nameof(form.Parts) },
            t[result.ErrorKey!, 2, page.MaxSplitParts].Value);
        Response.StatusCode = result.Outcome == ClusterEditOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View("~/Views/ClusterStaff/Members.cshtml", page);
    }
}
