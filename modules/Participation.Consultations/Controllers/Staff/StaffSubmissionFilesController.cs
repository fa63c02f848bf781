using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Files;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Downloads a submission's file (the resident's attachment or a scanned paper/FAX original). Files may hold
/// names and addresses, so they need the personal-data permission as well as the round; they are always sent as
/// downloads with a fixed type, never cached, and each download is audited (ids only).
/// </summary>
[Authorize(Policy = Permissions.ManageRounds), Authorize(Policy = Permissions.ViewPersonalData)]
public sealed class StaffSubmissionFilesController(RoundQueries rounds, SubmissionBrowser browser, SubmissionFiles files,
    IAuditLog audit, ParticipationDbContext db) : StaffRoundControllerBase(rounds)
{
    [HttpGet("/staff/rounds/{id:int}/submissions/{receipt:regex(^[[A-Za-z0-9-]]+$)}/files/{fileId:int}")]
    public async Task<IActionResult> Download(int id, string receipt, int fileId, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Entry, ct);
        if (denied is not null) return denied;
        var submission = await browser.FindAsync(id, receipt, ct);
        if (submission is null) return NotFound();
        var file = await files.FindAsync(submission.Id, fileId, ct);
        if (file is null || files.Open(file) is not { } stream) return NotFound();
        audit.Record("submission.file-viewed", "submission", submission.Id, $"file={file.Id}");
        await db.SaveChangesAsync(ct);
        Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        // Always a download: the file is whatever a resident sent, never rendered as part of the site. RFC 6266 name.
        DownloadHeaders.Apply(Response, file.FileName, inline: false);
        return File(stream, file.ContentType);
    }
}
