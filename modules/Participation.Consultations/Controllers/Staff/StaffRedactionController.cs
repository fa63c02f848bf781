using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Review of published opinion text: the round's list by state, one opinion's decision, and "redact all pending".</summary>
[Route("/staff/rounds/{id:int}/redaction"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffRedactionController(RoundQueries rounds, RedactionReview review, IOptions<ConsultationOptions> options,
    IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? state, int page = 1, CancellationToken ct = default)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        ReviewState? filter = Enum.TryParse<ReviewState>(state, true, out var s) && !int.TryParse(state, out _) ? s : null;
        return View(new StaffRedactionViewModel(round!, await review.ListAsync(id, filter, page, ct)));
    }

    [HttpPost("redact-pending")]
    public async Task<IActionResult> RedactPending(int id, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var count = await review.RedactPendingAsync(id, ct);
        TempData["Flash"] = t["RoundStaff.Redaction.PendingDone", count].Value;
        return Redirect($"/staff/rounds/{id}/redaction?state=auto");
    }

    [HttpGet("{opinionId:int}")]
    public async Task<IActionResult> Show(int id, int opinionId, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var item = await review.ItemAsync(id, opinionId, ct);
        if (item is null) return NotFound();
        return View(new StaffRedactionItemViewModel(round!, item,
            new ReviewForm { PublishedText = item.Opinion.PublishedText ?? string.Concat(item.Published.Select(r => r.Text)), Reason = item.Opinion.WithheldReason, Version = item.Opinion.Version }, false));
    }

    [HttpPost("{opinionId:int}")]
    public async Task<IActionResult> Decide(int id, int opinionId, ReviewForm form, string? returnState, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        if (!Enum.TryParse<ReviewDecision>(form.Decision, true, out var decision) || int.TryParse(form.Decision, out _)) return BadRequest();
        var result = await review.DecideAsync(id, opinionId, decision, form.PublishedText, form.Reason, form.Version, ct);
        if (result.Outcome == EditOutcome.NotFound) return NotFound();
        if (result.Outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["RoundStaff.Redaction.Saved." + decision].Value;
            return returnState is null ? Redirect($"/staff/rounds/{id}/redaction/{opinionId}")
                : Redirect($"/staff/rounds/{id}/redaction?state={Uri.EscapeDataString(returnState)}");
        }
        var item = await review.ItemAsync(id, opinionId, ct);
        if (item is null) return NotFound();
        if (result.Outcome == EditOutcome.Conflict)
        {
            ModelState.AddModelError("", t["RoundStaff.Conflict"]);
            form.Version = item.Opinion.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (field, key) in result.Errors!) ModelState.AddModelError(field, t[key, RedactionReview.MaxReason, options.Value.MaxOpinionLength]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View("Show", new StaffRedactionItemViewModel(round!, item, form, result.Outcome == EditOutcome.Conflict));
    }
}
