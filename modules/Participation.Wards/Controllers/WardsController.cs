using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Consultations;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>The public list of wards and each ward's page: discussions, meetings, minutes, contacts.</summary>
public sealed class WardsController(ParticipationDbContext db, DiscussionQueries queries, WardMeetings meetings, Moderation moderation,
    IEnumerable<IOpenRoundDirectory> roundDirectories, MeetingAttachments files) : Controller
{
    [HttpGet("/wards")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var wards = await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ThenBy(w => w.Id).ToListAsync(ct);
        var counts = await db.Set<DiscussionThread>().AsNoTracking().Where(t => t.Visibility == Visibility.Visible)
            .GroupBy(t => t.WardId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var list = new List<WardListItem>();
        foreach (var ward in wards)
            list.Add(new WardListItem(ward, counts.GetValueOrDefault(ward.Id), (await meetings.UpcomingAsync(ward.Id, null, ct)).Count));
        return View(list);
    }

    /// <summary>The staff start page's entry: a ward's staff go to their own ward's queue.</summary>
    [HttpGet("/wards/moderation"), Microsoft.AspNetCore.Authorization.Authorize(Policy = Permissions.Moderate)]
    public IActionResult MyModeration() =>
        User.WardId() is int ward && !User.IsInRole(Roles.Administrator) ? Redirect($"/wards/{ward}/moderation") : Redirect("/wards");

    [HttpGet("/wards/{id:int}")]
    public async Task<IActionResult> Show(int id, string? q, string? category, int page = 1, CancellationToken ct = default)
    {
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        page = Math.Max(1, page);
        var viewer = User.UserId();
        var (threads, total) = await queries.ThreadsAsync(id, q, category, page, viewer, ct);
        var isStaff = User.CanActOnWard(id);
        var openFlags = isStaff ? (await moderation.OpenFlagsAsync(id, ct)).Count : 0;
        // Open rounds come from the Consultations module when it is enabled; none otherwise.
        var openRounds = new List<OpenRoundLink>();
        foreach (var directory in roundDirectories) openRounds.AddRange(await directory.OpenForWardAsync(id, ct));
        var past = await meetings.PastWithMinutesAsync(id, ct);
        return View(new WardPageViewModel(ward, threads, total, page, DiscussionQueries.Pages(total, DiscussionLimits.ThreadsPerPage),
            q, TopicCategories.IsKnown(category) ? category : null, await meetings.UpcomingAsync(id, viewer, ct),
            past, isStaff, openFlags, viewer is not null, openRounds)
            { MinutesFiles = await files.ForMeetingsAsync(past.Select(m => m.Id).ToList(), ct) });
    }
}
