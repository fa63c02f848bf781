using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>Minutes (議事録) of a meeting in Markdown, their files, and publishing them — own ward only, administrators everywhere.</summary>
[Route("/wards/{id:int}/meetings/{meetingId:int}"), Authorize(Policy = Permissions.ManageMeetings)]
public sealed class MinutesStaffController(ParticipationDbContext db, MeetingEditor editor, MeetingAttachments files, IStringLocalizer t) : Controller
{
    [HttpGet("minutes")]
    public async Task<IActionResult> Minutes(int id, int meetingId, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        var input = new MinutesInput { Minutes = meeting!.Minutes, Publish = meeting.MinutesPublished, Version = meeting.Version };
        return await PageAsync(ward!, meeting, input, null, ct);
    }

    [HttpPost("minutes")]
    public async Task<IActionResult> SaveMinutes(int id, int meetingId, [Bind(Prefix = "Input")] MinutesInput input, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        var outcome = await editor.SaveMinutesAsync(meeting!, input, ModelState, ct);
        if (outcome == MeetingEditor.Outcome.Saved)
        {
            TempData["Flash"] = t[input.Publish ? "Wards.MinutesEdit.Published" : "Wards.MinutesEdit.Saved"].Value;
            return Redirect($"/wards/{id}/meetings/{meetingId}/minutes");
        }
        if (outcome == MeetingEditor.Outcome.Conflict)
        {
            meeting = await db.Set<WardMeeting>().AsNoTracking().FirstAsync(m => m.Id == meetingId, ct);
            ModelState.Remove("Input.Version");
            input.Version = meeting.Version;
            ModelState.AddModelError("", t["Wards.MeetingEdit.Conflict"]);
        }
        Response.StatusCode = outcome == MeetingEditor.Outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(ward!, meeting!, input, null, ct);
    }

    [HttpPost("attachments"), RequestSizeLimit(25 * 1024 * 1024)]
    public async Task<IActionResult> Upload(int id, int meetingId, IFormFile? file, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        string? error;
        if (file is null || file.Length == 0) error = t["Upload.Error.Missing"];
        else if (file.Length > files.MaxBytes) error = t["Upload.Error.TooLarge", files.MaxBytes / (1024 * 1024)];
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (_, check) = await files.AddAsync(meeting!, file.FileName, buffer.ToArray(), ct);
            error = check.Ok ? null : t[check.ErrorKey!, check.ErrorArgument ?? ""];
        }
        if (error is null)
        {
            TempData["Flash"] = t["Wards.MinutesEdit.FileAdded"].Value;
            return Redirect($"/wards/{id}/meetings/{meetingId}/minutes#files");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var input = new MinutesInput { Minutes = meeting!.Minutes, Publish = meeting.MinutesPublished, Version = meeting.Version };
        return await PageAsync(ward!, meeting, input, error, ct);
    }

    [HttpPost("attachments/{fileId:int}/delete")]
    public async Task<IActionResult> RemoveFile(int id, int meetingId, int fileId, CancellationToken ct)
    {
        var (_, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        if (!await files.RemoveAsync(meeting!, fileId, ct)) return NotFound();
        TempData["Flash"] = t["Wards.MinutesEdit.FileRemoved"].Value;
        return Redirect($"/wards/{id}/meetings/{meetingId}/minutes#files");
    }

    private async Task<IActionResult> PageAsync(Ward ward, WardMeeting meeting, MinutesInput input, string? uploadError, CancellationToken ct) =>
        View("~/Views/MeetingStaff/Minutes.cshtml", new MinutesFormModel(ward, meeting, input, await files.ListAsync(meeting.Id, ct), uploadError));

    private async Task<(Ward?, WardMeeting?, IActionResult?)> LoadAsync(int id, int meetingId, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return (null, null, StatusCode(StatusCodes.Status403Forbidden));
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        var meeting = await db.Set<WardMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId && m.WardId == id, ct);
        return ward is null || meeting is null ? (null, null, NotFound()) : (ward, meeting, null);
    }
}
