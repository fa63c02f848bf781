using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Follow;
using Participation.Core.Identity;

namespace Participation.Consultations.Controllers;

/// <summary>A signed-in resident follows a round (mailed when the results are out) or stops following it.</summary>
public sealed class RoundFollowController(RoundQueries rounds, RoundFollows follows, IStringLocalizer t) : Controller
{
    [HttpPost("/rounds/{id:int}/follow"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Follow(int id, [FromForm] bool follow, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        await follows.SetAsync(id, User.UserId()!, follow, ct);
        TempData["Flash"] = t[follow ? "RoundFollow.Flash.Followed" : "RoundFollow.Flash.Unfollowed"].Value;
        return Redirect($"/rounds/{id}#follow");
    }
}
