using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Drafts.Services.Diff;

namespace Participation.Consultations.Controllers;

/// <summary>What changed in the draft after the round, section by section (no JavaScript).</summary>
public sealed class DraftChangesController(RoundQueries rounds, DraftComparer comparer) : Controller
{
    [HttpGet("/rounds/{id:int}/changes")]
    public async Task<IActionResult> Show(int id, int? from, int? to, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        return View("Show", (round, await comparer.CompareAsync(round.DraftId, from, to, ct)));
    }
}
