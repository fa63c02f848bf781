using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>The staff list of rounds (scoped by ward) and one round's work overview.</summary>
[Route("/staff/rounds"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffRoundsController(RoundQueries rounds, StaffRoundQueries staffRounds) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new StaffRoundsViewModel(await staffRounds.ListAsync(User, ct)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var row = (await staffRounds.ListAsync(User, ct)).First(r => r.Round.Id == round!.Id);
        return View(new StaffRoundViewModel(row, await Rounds.TotalsAsync(id, ct)));
    }
}
