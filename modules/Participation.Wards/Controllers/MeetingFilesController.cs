using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;

namespace Participation.Wards.Controllers;

/// <summary>A file of a meeting's minutes: public once the minutes are published, before that only to the ward's staff.</summary>
public sealed class MeetingFilesController(ParticipationDbContext db, MeetingAttachments files) : Controller
{
    [HttpGet("/wards/{id:int}/meetings/{meetingId:int}/attachments/{fileId:int}")]
    public async Task<IActionResult> Download(int id, int meetingId, int fileId, CancellationToken ct)
    {
        var meeting = await db.Set<WardMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.WardId == id, ct);
        if (meeting is null) return NotFound();
        var isPublic = meeting.IsPublished && meeting.MinutesPublished;
        if (!isPublic && !(User.Identity?.IsAuthenticated == true && User.CanActOnWard(id))) return NotFound();
        var attachment = await files.FindAsync(meetingId, fileId, ct);
        var stream = attachment is null ? null : files.Open(attachment);
        if (stream is null) return NotFound();
        DownloadHeaders.ApplyImagesInline(Response, attachment!.FileName, attachment.ContentType);
        return File(stream, attachment.ContentType);
    }
}
