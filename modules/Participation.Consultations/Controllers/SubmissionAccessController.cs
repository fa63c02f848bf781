using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Lifecycle;
using Participation.Consultations.ViewModels;
using Participation.Core.Data;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers;

/// <summary>
/// The page the receipt mail links to (and /me links to for signed-in submitters): see the submission,
/// correct the opinions or withdraw it until the round closes. Wrong key and unknown receipt are both 404.
/// </summary>
[Route("/rounds/{id:int}/submissions/{receipt}")]
public sealed class SubmissionAccessController(ParticipationDbContext db, SubmissionAccess access, SubmissionService submissions,
    DraftService drafts, IStringLocalizer t, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id, string receipt, string? key, string? done, CancellationToken ct)
    {
        var submission = await access.FindAsync(id, receipt, key, User, ct);
        if (submission is null) return NotFound();
        var message = done switch { "corrected" => t["Lifecycle.Access.Corrected"].Value, "withdrawn" => t["Lifecycle.Access.Withdrawn"].Value, _ => null };
        return await PageAsync(submission, key, null, message, ct);
    }

    [HttpPost("correct"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Correct(int id, string receipt, [FromForm] string? key, [FromForm] List<OpinionInput> opinions, CancellationToken ct)
    {
        var submission = await access.FindAsync(id, receipt, key, User, ct);
        if (submission is null) return NotFound();
        var result = await submissions.CorrectAsync(submission, new SubmissionRequest { Opinions = opinions }, ct);
        switch (result.Outcome)
        {
            case SubmissionOutcome.Accepted:
                return Redirect(Back(submission, key, "corrected"));
            case SubmissionOutcome.RoundNotOpen:
                return await RefusedAsync(submission, key, opinions, ct);
            default:
                foreach (var (field, e) in result.Errors!)
                    ModelState.AddModelError(FieldName(field), e.Argument is null ? t[e.Key] : t[e.Key, e.Argument]);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await PageAsync(submission, key, opinions, null, ct);
        }
    }

    [HttpPost("withdraw"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Withdraw(int id, string receipt, [FromForm] string? key, CancellationToken ct)
    {
        var submission = await access.FindAsync(id, receipt, key, User, ct);
        if (submission is null) return NotFound();
        // A second click on "withdraw" finds it withdrawn already and just shows that.
        if (submission.Status == SubmissionStatus.Withdrawn) return Redirect(Back(submission, key, "withdrawn"));
        if (!await submissions.WithdrawAsync(submission, ct)) return await RefusedAsync(submission, key, null, ct);
        return Redirect(Back(submission, key, "withdrawn"));
    }

    private async Task<IActionResult> RefusedAsync(Submission submission, string? key, List<OpinionInput>? typed, CancellationToken ct)
    {
        ModelState.AddModelError("", submission.Status == SubmissionStatus.Withdrawn ? t["Lifecycle.Access.AlreadyWithdrawn"] : t["Lifecycle.Access.Closed"]);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await PageAsync(submission, key, typed, null, ct);
    }

    private async Task<IActionResult> PageAsync(Submission submission, string? key, List<OpinionInput>? typed, string? message, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == submission.RoundId, ct);
        var opinions = typed ?? await db.Set<Opinion>().AsNoTracking().Where(o => o.SubmissionId == submission.Id).OrderBy(o => o.Order)
            .Select(o => new OpinionInput { Section = o.Section, Text = o.Text }).ToListAsync(ct);
        while (opinions.Count < ViewModels.SubmitForm.Slots) opinions.Add(new OpinionInput { Section = Opinion.General });
        var editable = submission.Status == SubmissionStatus.Active && RoundLifecycle.IsOpen(round, clock.GetUtcNow().UtcDateTime);
        var attachments = await db.Set<SubmissionAttachment>().AsNoTracking().Where(a => a.SubmissionId == submission.Id).ToListAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return View("Show", new SubmissionAccessPage(round, await drafts.GetAsync(round.DraftId, ct: ct), submission, key, editable,
            opinions, message, attachments));
    }

    private static string Back(Submission s, string? key, string done) =>
        $"/rounds/{s.RoundId}/submissions/{s.ReceiptNumber.ToLowerInvariant()}?{(key is null ? "" : "key=" + Uri.EscapeDataString(key) + "&")}done={done}";

    /// <summary>opinions[0].text → opinions[0].Text, the form's field names.</summary>
    private static string FieldName(string path) => string.Join('.', path.Split('.').Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
}
