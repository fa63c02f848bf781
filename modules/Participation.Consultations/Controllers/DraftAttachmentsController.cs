using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Files;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers;

/// <summary>Serves a draft's related materials once the round is public, with a fixed type and download name.</summary>
public sealed class DraftAttachmentsController(RoundQueries rounds, DraftAttachments attachments) : Controller
{
    [HttpGet("/rounds/{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Download(int id, int attachmentId, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return NotFound();
        var attachment = await attachments.FindAsync(round.DraftId, attachmentId, ct);
        if (attachment is null || attachments.Open(attachment) is not { } stream) return NotFound();
        // PDFs and images open in the browser; the name is sent encoded (RFC 6266) so Japanese names survive.
        DownloadHeaders.Apply(Response, attachment.FileName, inline: true);
        return File(stream, attachment.ContentType);
    }
}
