using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Setup;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Deleting a round still in preparation that has no submissions, after a confirmation page.</summary>
[Route("/staff/rounds/{id:int}/delete"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class RoundDeleteController(RoundQueries rounds, RoundDeletion deletion, IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Confirm(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var allowed = await deletion.CanDeleteAsync(round!, ct);
        if (!allowed) Response.StatusCode = StatusCodes.Status409Conflict;
        return View("~/Views/RoundDelete/Confirm.cshtml", (round!, allowed));
    }

    [HttpPost("")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        if (!await deletion.DeleteAsync(id, ct))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("~/Views/RoundDelete/Confirm.cshtml", (round!, false));
        }
        TempData["Flash"] = t["RoundDelete.Done", round!.Title].Value;
        return Redirect("/staff/rounds");
    }
}
