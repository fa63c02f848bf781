using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Every staff action on a round loads it through <see cref="LoadAsync"/>, so the ward rule is enforced on
/// each request, not only on the list: a missing round is 404, another ward's round 403.
/// </summary>
public abstract class StaffRoundControllerBase(RoundQueries rounds) : Controller
{
    protected RoundQueries Rounds => rounds;

    protected async Task<(ConsultationRound? Round, IActionResult? Denied)> LoadAsync(int id, RoundAccess needed, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return (null, NotFound());
        var access = StaffRoundAccess.For(User, round);
        if (access < needed) return (null, StatusCode(StatusCodes.Status403Forbidden));
        ViewData["RoundAccess"] = access;
        return (round, null);
    }
}
