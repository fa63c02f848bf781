using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Microsoft.AspNetCore.Http;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Staff enter what arrived by post, FAX, phone, e-mail or at the counter: same service, checks and receipts
/// as the web form; the staff member is recorded as EnteredBy; the one-time token makes a double click safe.
/// </summary>
[Route("/staff/rounds/{id:int}/submissions/new"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class ProxyEntryController(RoundQueries rounds, DraftService drafts, SubmissionIntake intake, FormTokens tokens,
    ReceivedDate received, ParticipationDbContext db, IAuditLog audit, IStringLocalizer t,
    Services.Lifecycle.SubmissionAttachments files) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Form(int id, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var form = new ProxyForm
        {
            FormToken = tokens.Issue(), Channel = nameof(Channel.Post), Category = nameof(SubmitterCategory.Resident),
            ReceivedOn = received.Latest(round!).ToString("yyyy-MM-dd"),
        };
        return await PageAsync(round!, form, ct);
    }

    [HttpPost(""), EnableRateLimiting("submit")]
    public async Task<IActionResult> Send(int id, ProxyForm form, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        ModelState.Clear();   // our own checks below give the messages; binding errors (a bad ward id) are ignored
        var tokenId = tokens.Read(form.FormToken);
        if (tokenId is null)
        {
            form.FormToken = tokens.Issue();
            return await FailAsync(round!, form, "", t["Submit.Error.Expired"], ct);
        }
        if (!Enum.TryParse<Channel>(form.Channel, true, out var channel) || !ProxyForm.StaffChannels.Contains(channel))
            ModelState.AddModelError(nameof(ProxyForm.Channel), t["RoundStaff.Proxy.Error.Channel"]);
        else if (!round!.Accepts(channel))
            ModelState.AddModelError(nameof(ProxyForm.Channel), t["RoundStaff.Proxy.Error.ChannelNotAccepted"]);
        var (at, dateError) = received.Parse(form.ReceivedOn, round!);
        if (dateError is not null)
            ModelState.AddModelError(nameof(ProxyForm.ReceivedOn), t[dateError, JapaneseDateText(received.Earliest(round!)), JapaneseDateText(received.Latest(round!))]);
        if (form.Scan is { Length: > 0 } scan)
        {
            var (reference, check) = await files.StageAsync(scan, ct);
            if (reference is null)
                ModelState.AddModelError(nameof(ProxyForm.Scan), check.ErrorArgument is null ? t[check.ErrorKey!] : t[check.ErrorKey!, check.ErrorArgument]);
            else form.ScanRef = reference;
        }
        if (!ModelState.IsValid) return await FailAsync(round!, form, null, null, ct);

        var result = await intake.SubmitAsync(id, form.ToRequest(),
            new SubmissionContext(channel, EnteredBy: User.UserId(), ReceivedAt: at, IdempotencyKey: "staff:" + tokenId), ct);
        switch (result.Outcome)
        {
            case SubmissionOutcome.Accepted:
                audit.Record("submission.entered-by-staff", "submission", result.SubmissionId!.Value,
                    $"round={id};channel={channel};received={form.ReceivedOn}{(files.NameOf(form.ScanRef) is null ? "" : ";scan=1")}");
                await db.SaveChangesAsync(ct);
                // A repeated post (double click) returns above as Repeated, so the scan is attached once.
                await files.AttachAsync(result.SubmissionId!.Value, form.ScanRef, ct);
                goto case SubmissionOutcome.Repeated;
            case SubmissionOutcome.Repeated:
                return Redirect($"/staff/rounds/{id}/submissions/{result.Receipt!.ToLowerInvariant()}?created=true");
            case SubmissionOutcome.NotFound:
                return NotFound();
            case SubmissionOutcome.RoundNotOpen:
                return await FailAsync(round!, form, "", t["RoundStaff.Proxy.Error.NotOpen"], ct);
            case SubmissionOutcome.Busy:
                var busy = await FailAsync(round!, form, "", t["Submit.Error.Busy"], ct);
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return busy;
        }
        foreach (var (field, error) in result.Errors ?? new Dictionary<string, FieldError>())
            ModelState.AddModelError(FieldName(field), error.Argument is null ? t[error.Key] : t[error.Key, error.Argument]);
        return await FailAsync(round!, form, null, null, ct);
    }

    private async Task<IActionResult> FailAsync(ConsultationRound round, ProxyForm form, string? key, string? message, CancellationToken ct)
    {
        if (key is not null) ModelState.AddModelError(key, message!);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(round, form, ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound round, ProxyForm form, CancellationToken ct)
    {
        form.Pad();
        return View("~/Views/StaffSubmissions/New.cshtml", new ProxyPageViewModel(round, await drafts.GetAsync(round.DraftId, ct: ct), form,
            await Rounds.WardsAsync(ct), received.Earliest(round), received.Latest(round), received.GraceDays));
    }

    private static string JapaneseDateText(DateOnly day) => Participation.Core.Text.JapaneseDate.ToWareki(day);

    /// <summary>Service field path (opinions[0].text) → form field name (Opinions[0].Text).</summary>
    private static string FieldName(string path) => string.Join('.', path.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
