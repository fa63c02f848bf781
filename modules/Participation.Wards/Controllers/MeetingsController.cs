using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;

namespace Participation.Wards.Controllers;

/// <summary>Registering for a ward meeting, within its capacity.</summary>
[Route("/wards/{id:int}/meetings/{meetingId:int}")]
public sealed class MeetingsController(ParticipationDbContext db, WardMeetings meetings, IStringLocalizer t) : Controller
{
    [HttpPost("register"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Register(int id, int meetingId, CancellationToken ct)
    {
        var meeting = await db.Set<WardMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.WardId == id && m.IsPublished, ct);
        if (meeting is null) return NotFound();
        var result = await meetings.RegisterAsync(meeting, User.UserId()!, ct);
        TempData["Flash"] = t[$"Wards.Meeting.Result.{result}"].Value;
        return Redirect($"/wards/{id}#meeting-{meetingId}");
    }
}
