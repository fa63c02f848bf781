using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Adds a mask over the exact text staff enter (or select, with JavaScript), or removes one mask, on the review
/// screen of one opinion. Plain forms: no script is needed.
/// </summary>
[Route("/staff/rounds/{id:int}/redaction/{opinionId:int}"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffRedactionSpansController(RoundQueries rounds, RedactionReview review, RedactionSpans spans, IStringLocalizer t)
    : StaffRoundControllerBase(rounds)
{
    [HttpPost("mask")]
    public async Task<IActionResult> Mask(int id, int opinionId, string? maskText, string? maskKind, int version, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var result = await spans.AddAsync(id, opinionId, maskText, maskKind, version, ct);
        return await AnswerAsync(id, opinionId, result, "RoundMask.Added", maskText, maskKind, ct);
    }

    [HttpPost("unmask")]
    public async Task<IActionResult> Unmask(int id, int opinionId, int maskIndex, int version, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var result = await spans.RemoveAsync(id, opinionId, maskIndex, version, ct);
        return await AnswerAsync(id, opinionId, result, "RoundMask.Removed", null, null, ct);
    }

    private async Task<IActionResult> AnswerAsync(int id, int opinionId, EditResult result, string doneKey, string? maskText, string? maskKind,
        CancellationToken ct)
    {
        if (result.Outcome == EditOutcome.NotFound) return NotFound();
        if (result.Outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t[doneKey, result.Id ?? 0].Value;
            return Redirect($"/staff/rounds/{id}/redaction/{opinionId}#published");
        }
        ModelState.Clear();
        var round = await Rounds.FindAsync(id, ct);
        var item = await review.ItemAsync(id, opinionId, ct);
        if (item is null || round is null) return NotFound();
        if (result.Outcome == EditOutcome.Conflict)
        {
            ModelState.AddModelError("", t["RoundStaff.Conflict"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (field, key) in result.Errors!) ModelState.AddModelError(field, t[key, RedactionSpans.MaxMaskText]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        var form = new ReviewForm { PublishedText = item.Opinion.PublishedText ?? string.Concat(item.Published.Select(r => r.Text)),
            Reason = item.Opinion.WithheldReason, Version = item.Opinion.Version };
        return View("~/Views/StaffRedaction/Show.cshtml", new StaffRedactionItemViewModel(round, item, form, false, maskText, maskKind));
    }
}
