using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.ViewModels;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers;

/// <summary>Public pages: the list of rounds, a round with its draft, and the published results.</summary>
public sealed class RoundsController(RoundQueries rounds, DraftService drafts, ResultsService results,
    IOptions<ConsultationOptions> options) : Controller
{
    [HttpGet("/rounds")]
    public async Task<IActionResult> Index(int? ward, CancellationToken ct) =>
        View(new RoundsIndexViewModel(await rounds.ListPublicAsync(ward, ct), await rounds.WardsAsync(ct), ward));

    [HttpGet("/rounds/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        var wards = await rounds.WardNamesAsync(ct);
        var summary = new RoundSummary(round, RoundLifecycle.Effective(round, rounds.Now),
            round.WardId is { } w ? wards.GetValueOrDefault(w) : null, 0);
        return View(new RoundDetailViewModel(summary, await drafts.GetAsync(round.DraftId, ct: ct)));
    }

    [HttpGet("/rounds/{id:int}/results")]
    public async Task<IActionResult> Results(int id, CancellationToken ct)
    {
        var result = await results.GetAsync(id, ct);
        if (result is null) return await rounds.FindAsync(id, ct) is null ? NotFound() : View("NotPublished", id);
        var wards = await rounds.WardNamesAsync(ct);
        return View(new RoundResultsViewModel(result, result.Round.WardId is { } w ? wards.GetValueOrDefault(w) : null,
            options.Value.Reflections, wards));
    }
}
