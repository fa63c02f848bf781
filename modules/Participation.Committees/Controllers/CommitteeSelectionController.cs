using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Services.Selecting;
using Participation.Committees.ViewModels;
using Participation.Core.Data;

namespace Participation.Committees.Controllers;

/// <summary>
/// The public side of a selection: the distribution with each (anonymised) volunteer's probability and its SHA-256
/// commitment, published before the draw; after the draw the seed and the drawn ids, so anyone can recompute it.
/// </summary>
[Route("/committees/{id:int}/selection/{runId:int}")]
public sealed class CommitteeSelectionController(ParticipationDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, int runId, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, runId, ct);
        if (loaded is not var (committee, run)) return NotFound();
        var probabilities = DistributionDocument.Probabilities(run.DistributionJson).Select(kv => (kv.Key, kv.Value)).ToList();
        var outcome = run.Seed is not null ? SelectionDraw.Compute(run, run.Seed) : new SelectionDraw.Outcome([], []);
        return View("~/Views/CommitteeSelection/Run.cshtml", new PublicRunPage(committee, run, probabilities, outcome.Members, outcome.Reserves));
    }

    /// <summary>The exact published bytes: SHA-256 of this response equals the commitment.</summary>
    [HttpGet("distribution.json")]
    public async Task<IActionResult> Distribution(int id, int runId, CancellationToken ct)
    {
        var loaded = await LoadAsync(id, runId, ct);
        if (loaded is not var (_, run)) return NotFound();
        return File(new UTF8Encoding(false).GetBytes(run.DistributionJson), "application/json");
    }

    private async Task<(Committee, SelectionRun)?> LoadAsync(int id, int runId, CancellationToken ct)
    {
        var run = await db.Set<SelectionRun>().FirstOrDefaultAsync(r => r.Id == runId && r.DistributionJson != "", ct);
        if (run is null) return null;
        var committee = await (from r in db.Set<Recruitment>() join c in db.Set<Committee>() on r.CommitteeId equals c.Id
                               where r.Id == run.RecruitmentId && c.Id == id select c).FirstOrDefaultAsync(ct);
        return committee is null ? null : (committee, run);
    }
}
