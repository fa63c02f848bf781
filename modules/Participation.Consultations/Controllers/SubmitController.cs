using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.ViewModels;
using Participation.Core.Identity;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers;

/// <summary>
/// The resident form: fill in → 確認画面 → receipt. Works without JavaScript; every error keeps what was typed.
/// A double click or a refresh posts the same one-time token, which maps to the first receipt.
/// </summary>
[Route("/rounds/{id:int}/submit")]
public sealed class SubmitController(RoundQueries rounds, DraftService drafts, SubmissionService submissions, SubmissionIntake intake, FormTokens tokens,
    IStringLocalizer t, IOptions<ConsultationOptions> options, Services.Lifecycle.SubmissionAttachments files,
    IOptions<Services.Intake.IntakeOptions> intakeOptions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int id, string? section, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        if (!RoundLifecycle.IsOpen(round, rounds.Now)) return Redirect($"/rounds/{id}");
        var form = new SubmitForm { FormToken = tokens.Issue(), Category = nameof(SubmitterCategory.Resident) };
        form.Opinions.Add(new() { Section = section ?? Opinion.General });
        return await PageAsync(round, form, "Form", ct);
    }

    [HttpPost("confirm"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Confirm(int id, SubmitForm form, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        if (tokens.Read(form.FormToken) is null) return await ExpiredAsync(round, form, ct);
        var check = await submissions.CheckAsync(id, form.ToRequest(), Channel.Web, ct);
        if (check.Outcome == SubmissionOutcome.Accepted && form.Attachment is { Length: > 0 } upload)
        {
            var (reference, fileCheck) = await files.StageAsync(upload, ct);
            if (reference is null)
            {
                ModelState.AddModelError(nameof(SubmitForm.Attachment), fileCheck.ErrorArgument is null ? t[fileCheck.ErrorKey!] : t[fileCheck.ErrorKey!, fileCheck.ErrorArgument]);
                Response.StatusCode = 422;
                return await PageAsync(round, form, "Form", ct);
            }
            form.AttachmentRef = reference;
        }
        if (check.Outcome == SubmissionOutcome.Accepted) return await PageAsync(round, form, "Confirm", ct);
        return await FailAsync(round, form, check, ct);
    }

    [HttpPost(""), EnableRateLimiting("submit")]
    public async Task<IActionResult> Send(int id, SubmitForm form, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        var tokenId = tokens.Read(form.FormToken);
        if (tokenId is null) return await ExpiredAsync(round, form, ct);
        var result = await intake.SubmitAsync(id, form.ToRequest(),
            new SubmissionContext(Channel.Web, UserId: User.UserId(), IdempotencyKey: "form:" + tokenId), ct);
        if (result.Outcome == SubmissionOutcome.Accepted) await files.AttachAsync(result.SubmissionId!.Value, form.AttachmentRef, ct);
        if (result.Outcome is SubmissionOutcome.Accepted or SubmissionOutcome.Repeated)
            return Redirect($"/rounds/{id}/submit/done?receipt={Uri.EscapeDataString(result.Receipt!)}");
        return await FailAsync(round, form, result, ct);
    }

    /// <summary>Back from the confirmation step to the form, with everything typed.</summary>
    [HttpPost("edit")]
    public async Task<IActionResult> Edit(int id, SubmitForm form, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        return round is null ? NotFound() : await PageAsync(round, form, "Form", ct);
    }

    [HttpGet("done")]
    public async Task<IActionResult> Done(int id, string receipt, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        return View("Done", (round, receipt));
    }

    private async Task<IActionResult> FailAsync(ConsultationRound round, SubmitForm form, SubmissionResult result, CancellationToken ct)
    {
        if (result.Outcome == SubmissionOutcome.NotFound) return NotFound();
        if (result.Outcome == SubmissionOutcome.RoundNotOpen)
            ModelState.AddModelError("", t["Submit.Error.Closed"]);
        if (result.Outcome == SubmissionOutcome.Busy)
        {
            // Nothing was stored and the form token is still good: the same form can simply be sent again.
            ModelState.AddModelError("", t["Submit.Error.Busy"]);
            Response.Headers.RetryAfter = intakeOptions.Value.RetryAfterHeader;
        }
        foreach (var (field, error) in result.Errors ?? new Dictionary<string, FieldError>())
            ModelState.AddModelError(FieldName(field), error.Argument is null ? t[error.Key] : t[error.Key, error.Argument]);
        Response.StatusCode = result.Outcome switch { SubmissionOutcome.RoundNotOpen => 409, SubmissionOutcome.Busy => 503, _ => 422 };
        return await PageAsync(round, form, "Form", ct);
    }

    private async Task<IActionResult> ExpiredAsync(ConsultationRound round, SubmitForm form, CancellationToken ct)
    {
        ModelState.AddModelError("", t["Submit.Error.Expired"]);
        form.FormToken = tokens.Issue();
        ModelState.Remove(nameof(SubmitForm.FormToken));
        Response.StatusCode = 422;
        return await PageAsync(round, form, "Form", ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound round, SubmitForm form, string view, CancellationToken ct)
    {
        form.Pad();
        return View(view, new SubmitPageViewModel(round, await drafts.GetAsync(round.DraftId, ct: ct), form,
            await rounds.WardsAsync(ct), options.Value.MaxOpinionLength));
    }

    /// <summary>API field path (opinions[0].text) → form field name (Opinions[0].Text).</summary>
    private static string FieldName(string path) => string.Join('.', path.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
