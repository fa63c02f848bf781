using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Splits one opinion of a submission into several, each tied to its own section.</summary>
[Route("/staff/rounds/{id:int}/opinions/{opinionId:int}/split"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffSplitController(RoundQueries rounds, GroupQueries groups, OpinionGrouping grouping, DraftService drafts,
    IOptions<ConsultationOptions> options, IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int id, int opinionId, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var opinion = await groups.OpinionAsync(id, opinionId, ct);
        if (opinion is null) return NotFound();
        var form = new SplitForm { Version = opinion.Version, Pieces = [new SplitPiece { Section = opinion.Section, Text = opinion.Text }] };
        return await PageAsync(round!, opinion, form, false, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Split(int id, int opinionId, SplitForm form, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        var draft = await drafts.GetAsync(round!.DraftId, ct: ct);
        var result = await grouping.SplitAsync(id, opinionId, form, draft?.Sections.Select(s => s.Anchor).ToHashSet() ?? [], ct);
        if (result.Outcome == EditOutcome.NotFound) return NotFound();
        var opinion = await groups.OpinionAsync(id, opinionId, ct);
        if (opinion is null) return NotFound();
        if (result.Outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["RoundStaff.Split.Done"].Value;
            return Redirect($"/staff/rounds/{id}/submissions/{opinion.Submission.ReceiptNumber.ToLowerInvariant()}");
        }
        if (result.Outcome == EditOutcome.Conflict)
        {
            ModelState.AddModelError("", t["RoundStaff.Conflict"]);
            form.Version = opinion.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (field, key) in result.Errors!) ModelState.AddModelError(field, t[key, options.Value.MaxOpinionLength]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return await PageAsync(round, opinion, form, result.Outcome == EditOutcome.Conflict, ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound round, Opinion opinion, SplitForm form, bool conflict, CancellationToken ct)
    {
        form.Pad();
        return View("~/Views/StaffGroups/Split.cshtml", new StaffSplitViewModel(round, await drafts.GetAsync(round.DraftId, ct: ct), opinion, form, conflict));
    }
}
