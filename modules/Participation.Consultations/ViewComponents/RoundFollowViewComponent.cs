using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Follow;
using Participation.Core.Identity;

namespace Participation.Consultations.ViewComponents;

/// <summary>
/// The follow box on a round's page. Visitors who are not signed in get a sign-in link, not a form, so the
/// public page holds no antiforgery token and stays cacheable.
/// </summary>
public sealed class RoundFollowViewComponent(RoundFollows follows) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int roundId, RoundStatus status)
    {
        var userId = UserClaimsPrincipal.UserId();
        var following = userId is not null && await follows.IsFollowingAsync(roundId, userId, HttpContext.RequestAborted);
        return View(new RoundFollowBox(roundId, status, userId is not null, following));
    }
}

public sealed record RoundFollowBox(int RoundId, RoundStatus Status, bool SignedIn, bool Following);
