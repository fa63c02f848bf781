using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.Services.Setup;
using Participation.Consultations.ViewModels.Staff;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Staff set up a round (title, area, draft, period, accepted categories and channels, required personal
/// fields) and announce it. Ward staff work on their own ward only; administrators anywhere.
/// </summary>
[Authorize(Policy = Permissions.ManageRounds)]
[Route("/staff/rounds")]
public sealed class RoundSetupController(ParticipationDbContext db, RoundSetupService setup, RoundTransitions transitions,
    RoundQueries rounds, DraftService drafts, IStringLocalizer t, TimeProvider clock) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct)
    {
        var form = new RoundSetupForm
        {
            WardId = User.IsInRole(Roles.Administrator) ? null : User.WardId(),
            Categories = [.. Enum.GetNames<SubmitterCategory>()],
            Channels = [.. Enum.GetNames<Channel>()],
            PurposeNotice = t["Lifecycle.Setup.DefaultPurpose"],
        };
        var opens = Core.Time.TokyoTime.Today(clock).AddDays(7);
        form.OpensAt = opens.ToString("yyyy-MM-dd") + "T09:00";
        form.ClosesAt = opens.AddDays(setup.MinimumPeriodDays).ToString("yyyy-MM-dd") + "T17:00";
        return await PageAsync(null, form, ct);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(RoundSetupForm form, CancellationToken ct)
    {
        if (!User.CanActOnWard(form.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        var (round, errors) = await setup.CreateAsync(form, User.UserId(), ct);
        if (round is null) return await InvalidAsync(null, form, errors, ct);
        return Redirect($"/staff/rounds/{round.Id}/edit?saved=1");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, bool saved, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        var form = RoundSetupForm.From(round, await drafts.LatestMarkdownAsync(round.DraftId, ct));
        return await PageAsync(round, form, ct, saved);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, RoundSetupForm form, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        // Both the round's ward and the ward it is moved to must be the staff member's.
        if (!User.CanActOnWard(round.WardId) || !User.CanActOnWard(form.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        if (!RoundSetupService.IsEditable(round, transitions.Now))
        {
            ModelState.AddModelError("", t["Lifecycle.Setup.Error.NotEditable"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await PageAsync(round, form, ct);
        }
        var errors = await setup.UpdateAsync(round, form, ct);
        if (errors.Count > 0) return await InvalidAsync(round, form, errors, ct);
        return Redirect($"/staff/rounds/{id}/edit?saved=1");
    }

    /// <summary>予告: publishes the round; from then on the clock opens and closes it.</summary>
    [HttpPost("{id:int}/announce")]
    public async Task<IActionResult> Announce(int id, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        if (!await transitions.AnnounceAsync(round, ct))
        {
            ModelState.AddModelError("", t["Lifecycle.Setup.Error.AlreadyAnnounced"]);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await PageAsync(round, RoundSetupForm.From(round, await drafts.LatestMarkdownAsync(round.DraftId, ct)), ct);
        }
        return Redirect($"/staff/rounds/{id}/edit?saved=1");
    }

    private async Task<IActionResult> InvalidAsync(ConsultationRound? round, RoundSetupForm form, Dictionary<string, FieldError> errors, CancellationToken ct)
    {
        foreach (var (field, e) in errors)
            ModelState.AddModelError(field, e.Argument is null ? t[e.Key] : t[e.Key, e.Argument]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(round, form, ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound? round, RoundSetupForm form, CancellationToken ct, bool saved = false)
    {
        var admin = User.IsInRole(Roles.Administrator);
        var wards = (await rounds.WardsAsync(ct)).Where(w => admin || w.Id == User.WardId()).ToList();
        var choices = round is null
            ? (await drafts.ListAsync(ct)).Where(d => User.CanActOnWard(d.WardId)).Select(d => (d.Id, d.Title)).ToList()
            : [];
        var status = round is null ? (RoundStatus?)null : RoundLifecycle.Effective(round, transitions.Now);
        return View("Edit", new RoundSetupPage(round?.Id, status, form, wards, admin, choices,
            setup.MinimumPeriodDays, round is null || RoundSetupService.IsEditable(round, transitions.Now), saved));
    }
}
