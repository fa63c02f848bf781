using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Exports;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;
using Participation.Drafts.Services;
using Microsoft.Extensions.Localization;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>A round's submissions for staff: the filtered list, one submission, and its printable 受付票.</summary>
[Route("/staff/rounds/{id:int}/submissions"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffSubmissionsController(RoundQueries rounds, SubmissionBrowser browser, DraftService drafts,
    IAuthorizationService authorization, IStringLocalizer t, TimeProvider clock, StaffExport export, SubmissionFiles files) : StaffRoundControllerBase(rounds)
{
    /// <summary>The working sheet (UTF-8 with BOM, formulas guarded); personal data columns only with the permission.</summary>
    [HttpGet("/staff/rounds/{id:int}/submissions.csv")]
    public async Task<IActionResult> Csv(int id, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var personal = (await authorization.AuthorizeAsync(User, Permissions.ViewPersonalData)).Succeeded;
        var rows = await export.RowsAsync(id, personal, ct);
        return File(Participation.Core.Text.Csv.ToBytes(rows, guardFormulas: true), "text/csv; charset=utf-8", $"round-{id}-opinions.csv");
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? channel, string? section, string? grouped, string? withheld, int page = 1,
        CancellationToken ct = default)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var filter = new SubmissionFilter(Enum.TryParse<Channel>(channel, true, out var c) && !int.TryParse(channel, out _) ? c : null,
            string.IsNullOrWhiteSpace(section) ? null : section, YesNo(grouped), YesNo(withheld), page);
        return View(new StaffSubmissionsViewModel(round!, await drafts.GetAsync(round!.DraftId, ct: ct), filter,
            await browser.ListAsync(id, filter, ct), StaffRoundAccess.For(User, round)));
    }

    [HttpGet("{receipt:regex(^[[A-Za-z0-9-]]+$)}")]
    public async Task<IActionResult> Show(int id, string receipt, bool created = false, CancellationToken ct = default)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var submission = await browser.FindAsync(id, receipt, ct);
        if (submission is null) return NotFound();
        var personal = await MaySeePersonalDataAsync(submission);
        // Files (scans of paper, residents' attachments) need the permission itself: only their count shows otherwise.
        var mayOpenFiles = (await authorization.AuthorizeAsync(User, Permissions.ViewPersonalData)).Succeeded;
        return View(new StaffSubmissionViewModel(round!, await drafts.GetAsync(round!.DraftId, ct: ct), submission,
            personal ? await browser.ContactAsync(submission.Id, ct) : null, personal, await browser.GroupSummariesAsync(id, ct),
            created, StaffRoundAccess.For(User, round), await files.ListAsync(submission.Id, ct), mayOpenFiles));
    }

    [HttpGet("{receipt:regex(^[[A-Za-z0-9-]]+$)}/letter.pdf")]
    public async Task<IActionResult> Letter(int id, string receipt, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var submission = await browser.FindAsync(id, receipt, ct);
        if (submission is null) return NotFound();
        var name = await MaySeePersonalDataAsync(submission) ? (await browser.ContactAsync(submission.Id, ct))?.Name : null;
        var pdf = ReceiptLetterPdf.Write(round!, submission, name, t["Channel." + submission.Channel], clock.GetUtcNow().UtcDateTime);
        return File(pdf, "application/pdf", $"receipt-{submission.ReceiptNumber.ToLowerInvariant()}.pdf");
    }

    /// <summary>
    /// Personal data needs the permission, except for the staff member who typed it in from the paper
    /// (they hold the original anyway and need the name to address the 受付票).
    /// </summary>
    private async Task<bool> MaySeePersonalDataAsync(Submission submission) =>
        (await authorization.AuthorizeAsync(User, Permissions.ViewPersonalData)).Succeeded
        || (submission.EnteredBy is not null && submission.EnteredBy == Participation.Core.Identity.ClaimsPrincipalExtensions.UserId(User));

    private static bool? YesNo(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
