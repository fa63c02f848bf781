using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Exports;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers;

/// <summary>The printable paper form of a round (for counters and mail-outs), public like the round itself.</summary>
public sealed class PaperFormController(RoundQueries rounds, DraftService drafts, IStringLocalizer t) : Controller
{
    [HttpGet("/rounds/{id:int}/form.pdf")]
    public async Task<IActionResult> Form(int id, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        var draft = await drafts.GetAsync(round.DraftId, ct: ct);
        var wards = (await rounds.WardsAsync(ct)).Select(w => w.Name).ToList();
        return File(new PaperFormPdf(t).Write(round, draft, wards), "application/pdf", $"round-{id}-form.pdf");
    }
}
