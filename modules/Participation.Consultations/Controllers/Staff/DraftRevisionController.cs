using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// After the round, staff publish the revised draft. It becomes the round's final version, and the public
/// sees what changed on /rounds/{id}/changes.
/// </summary>
[Authorize(Policy = Permissions.ManageRounds)]
[Route("/staff/rounds/{id:int}/draft/revise")]
public sealed class DraftRevisionController(ParticipationDbContext db, DraftService drafts, IAuditLog audit, IStringLocalizer t,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int id, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        return Page(round, await drafts.LatestMarkdownAsync(round.DraftId, ct), null);
    }

    [HttpPost("")]
    public async Task<IActionResult> Publish(int id, [FromForm] string? markdown, [FromForm] string? changeNote, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        if (RoundLifecycle.Effective(round, clock.GetUtcNow().UtcDateTime) is not (RoundStatus.Closed or RoundStatus.ResultsPublished))
            return Invalid(round, markdown, changeNote, "", "Lifecycle.Revise.Error.NotClosed", StatusCodes.Status409Conflict);
        if (string.IsNullOrWhiteSpace(markdown)) return Invalid(round, markdown, changeNote, "markdown", "Lifecycle.Setup.Error.Required");
        if (changeNote?.Length > 4000) return Invalid(round, markdown, changeNote, "changeNote", "Submit.Error.TooLong", arg: 4000);
        if (markdown == await drafts.LatestMarkdownAsync(round.DraftId, ct))
            return Invalid(round, markdown, changeNote, "markdown", "Lifecycle.Revise.Error.Unchanged");

        var version = await drafts.AddVersionAsync(round.DraftId, markdown, string.IsNullOrWhiteSpace(changeNote) ? null : changeNote.Trim(), ct);
        round.FinalDraftVersion = version.Number;
        audit.Record("draft.revised", "round", round.Id, $"draft={round.DraftId};version={version.Number}");
        await db.SaveChangesAsync(ct);
        return Redirect($"/rounds/{id}/changes");
    }

    private IActionResult Invalid(ConsultationRound round, string? markdown, string? note, string field, string key, int status = 422, object? arg = null)
    {
        ModelState.AddModelError(field, arg is null ? t[key] : t[key, arg]);
        Response.StatusCode = status;
        return Page(round, markdown, note);
    }

    private ViewResult Page(ConsultationRound round, string? markdown, string? note) => View("Revise", (round, markdown, note));
}
