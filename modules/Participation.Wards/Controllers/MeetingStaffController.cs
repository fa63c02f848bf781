using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Time;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>
/// Staff set up a ward's meetings (区民会議, タウンミーティング) and announce them. Ward staff act on
/// their own ward only (another ward's → 403); administrators everywhere. Minutes and files: <see cref="MinutesStaffController"/>.
/// </summary>
[Route("/wards/{id:int}/meetings"), Authorize(Policy = Permissions.ManageMeetings)]
public sealed class MeetingStaffController(ParticipationDbContext db, MeetingEditor editor, IStringLocalizer t) : Controller
{
    [HttpGet("/wards/meetings/manage")]
    public IActionResult Mine() =>
        User.WardId() is int ward && !User.IsInRole(Roles.Administrator) ? Redirect($"/wards/{ward}/meetings/manage") : Redirect("/wards");

    [HttpGet("manage")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        var meetings = await db.Set<WardMeeting>().AsNoTracking().Where(m => m.WardId == id).OrderByDescending(m => m.StartsAt).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var regs = await db.Set<MeetingRegistration>().Where(r => ids.Contains(r.MeetingId)).GroupBy(r => r.MeetingId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var files = await db.Set<MeetingAttachment>().Where(a => ids.Contains(a.MeetingId)).GroupBy(a => a.MeetingId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return View("~/Views/MeetingStaff/Index.cshtml", new MeetingStaffListModel(ward,
            meetings.Select(m => new StaffMeetingRow(m, regs.GetValueOrDefault(m.Id), files.GetValueOrDefault(m.Id))).ToList()));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        return Form(new MeetingFormModel(ward, null, new MeetingInput { StartTime = "14:00", EndTime = "16:00" }, 0));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Input")] MeetingInput input, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        var (outcome, meeting) = await editor.SaveMeetingAsync(id, null, input, ModelState, ct);
        if (outcome == MeetingEditor.Outcome.Saved)
        {
            TempData["Flash"] = t["Wards.MeetingEdit.Created"].Value;
            return Redirect($"/wards/{id}/meetings/{meeting!.Id}/minutes");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Form(new MeetingFormModel(ward, null, input, 0));
    }

    [HttpGet("{meetingId:int}/edit")]
    public async Task<IActionResult> Edit(int id, int meetingId, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        return Form(new MeetingFormModel(ward!, meetingId, InputOf(meeting!), await RegisteredAsync(meetingId, ct)));
    }

    [HttpPost("{meetingId:int}/edit")]
    public async Task<IActionResult> Update(int id, int meetingId, [Bind(Prefix = "Input")] MeetingInput input, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        var (outcome, _) = await editor.SaveMeetingAsync(id, meeting, input, ModelState, ct);
        if (outcome == MeetingEditor.Outcome.Saved)
        {
            TempData["Flash"] = t["Wards.MeetingEdit.Saved"].Value;
            return Redirect($"/wards/{id}/meetings/manage");
        }
        if (outcome == MeetingEditor.Outcome.Conflict)
        {
            ModelState.Remove("Input.Version");
            input.Version = (await db.Set<WardMeeting>().AsNoTracking().FirstAsync(m => m.Id == meetingId, ct)).Version;
            ModelState.AddModelError("", t["Wards.MeetingEdit.Conflict"]);
        }
        Response.StatusCode = outcome == MeetingEditor.Outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Form(new MeetingFormModel(ward!, meetingId, input, await RegisteredAsync(meetingId, ct)));
    }

    [HttpPost("{meetingId:int}/delete")]
    public async Task<IActionResult> Delete(int id, int meetingId, CancellationToken ct)
    {
        var (ward, meeting, denied) = await LoadAsync(id, meetingId, ct);
        if (denied is not null) return denied;
        if (await editor.DeleteMeetingAsync(meeting!, ModelState, ct) == MeetingEditor.Outcome.Saved)
        {
            TempData["Flash"] = t["Wards.MeetingEdit.Deleted"].Value;
            return Redirect($"/wards/{id}/meetings/manage");
        }
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Form(new MeetingFormModel(ward!, meetingId, InputOf(meeting!), await RegisteredAsync(meetingId, ct)));
    }

    private Task<int> RegisteredAsync(int meetingId, CancellationToken ct) => db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meetingId, ct);

    private async Task<(Ward?, WardMeeting?, IActionResult?)> LoadAsync(int id, int meetingId, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return (null, null, StatusCode(StatusCodes.Status403Forbidden));
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        var meeting = await db.Set<WardMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId && m.WardId == id, ct);
        return ward is null || meeting is null ? (null, null, NotFound()) : (ward, meeting, null);
    }

    private ViewResult Form(MeetingFormModel model) => View("~/Views/MeetingStaff/Form.cshtml", model);

    private static MeetingInput InputOf(WardMeeting m)
    {
        var start = TokyoTime.ToTokyo(m.StartsAt);
        return new MeetingInput
        {
            Kind = m.Kind, Title = m.Title, Date = start.ToString("yyyy-MM-dd"), StartTime = start.ToString("HH:mm"),
            EndTime = TokyoTime.ToTokyo(m.EndsAt).ToString("HH:mm"), Place = m.Place, OnlineUrl = m.OnlineUrl,
            AccessibilityNotes = m.AccessibilityNotes, Capacity = m.Capacity, IsPublished = m.IsPublished, Version = m.Version,
        };
    }
}
