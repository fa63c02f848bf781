using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Staff attach related materials (PDF, images) to a round's draft; they appear on the public round page.</summary>
[Authorize(Policy = Permissions.ManageRounds)]
[Route("/staff/rounds/{id:int}/attachments")]
public sealed class DraftAttachmentStaffController(RoundQueries rounds, DraftAttachments attachments, IAuditLog audit,
    ParticipationDbContext db, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        return await PageAsync(round, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null) return NotFound();
        if (!User.CanActOnWard(round.WardId)) return StatusCode(StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0) return await InvalidAsync(round, "Upload.Error.Missing", null, ct);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (attachment, check) = await attachments.AddAsync(round.DraftId, file.FileName, buffer.ToArray(), ct);
        if (attachment is null) return await InvalidAsync(round, check.ErrorKey!, check.ErrorArgument, ct);
        audit.Record("draft.attachment-added", "round", round.Id, $"attachment={attachment.Id};type={attachment.ContentType}");
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/rounds/{id}/attachments");
    }

    private async Task<IActionResult> InvalidAsync(ConsultationRound round, string key, object? arg, CancellationToken ct)
    {
        ModelState.AddModelError("file", arg is null ? t[key] : t[key, arg]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(round, ct);
    }

    private async Task<IActionResult> PageAsync(ConsultationRound round, CancellationToken ct) =>
        View("Index", (round, await attachments.ListAsync(round.DraftId, ct)));
}
