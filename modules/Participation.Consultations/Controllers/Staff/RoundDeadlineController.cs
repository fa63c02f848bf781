using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.Services.Staff;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Time;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Changing the closing date of an open round (usually extending it), with a reason shown to the public.</summary>
[Route("/staff/rounds/{id:int}/deadline"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class RoundDeadlineController(RoundQueries rounds, RoundDeadlines deadlines, ParticipationDbContext db, IStringLocalizer t,
    TimeProvider clock) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var form = new DeadlineForm { ClosesAt = TokyoTime.ToTokyo(round!.ClosesAt).AddDays(14).ToString("yyyy-MM-dd'T'HH:mm") };
        return await PageAsync(round, form, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Change(int id, DeadlineForm form, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == id, ct);
        var (outcome, errors) = await deadlines.ChangeAsync(round, form, User.UserId(), ct);
        if (outcome == DeadlineOutcome.Changed)
        {
            TempData["Flash"] = t["RoundDeadline.Saved"].Value;
            return Redirect($"/staff/rounds/{id}");
        }
        if (outcome == DeadlineOutcome.NotOpen)
        {
            ModelState.AddModelError("", t["RoundDeadline.Error.NotOpen"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (field, e) in errors) ModelState.AddModelError(field, e.Argument is null ? t[e.Key] : t[e.Key, e.Argument]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return await PageAsync(round, form, ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound round, DeadlineForm form, CancellationToken ct) =>
        View("~/Views/RoundDeadline/Form.cshtml", new RoundDeadlinePage(round, form, await deadlines.ChangesAsync(round.Id, ct),
            RoundDeadlines.CanChange(round, clock.GetUtcNow().UtcDateTime), deadlines.MinimumPeriodDays));
}

public sealed record RoundDeadlinePage(ConsultationRound Round, DeadlineForm Form, IReadOnlyList<RoundDeadlineChange> Changes, bool CanChange, int MinimumDays);
