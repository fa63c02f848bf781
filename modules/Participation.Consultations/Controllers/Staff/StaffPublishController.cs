using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Publishing the results: a checklist of what is missing, then the publish action.</summary>
[Route("/staff/rounds/{id:int}/publish"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffPublishController(RoundQueries rounds, ResultsPublisher publisher, IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        return View(new StaffPublishViewModel(round!, await publisher.MissingAsync(round!, ct), round!.ResultSummary,
            await publisher.UnreviewedAsync(id, ct)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Publish(int id, string? summary, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var missing = await publisher.PublishAsync(id, summary, ct);
        if (missing.Count == 0)
        {
            TempData["Flash"] = t["RoundStaff.Publish.Done"].Value;
            return Redirect($"/rounds/{id}/results");
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Index", new StaffPublishViewModel(round!, missing, summary, await publisher.UnreviewedAsync(id, ct)));
    }
}
