using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
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

/// <summary>The ward's moderation queue: open flags and automatic holds; hide with a reason or publish.</summary>
[Route("/wards/{id:int}/moderation"), Authorize(Policy = Permissions.Moderate)]
public sealed class ModerationController(ParticipationDbContext db, Moderation moderation, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        var flags = await moderation.OpenFlagsAsync(id, ct);
        var threadIds = flags.Select(f => f.ThreadId).Distinct().ToList();
        var postIds = flags.Where(f => f.PostId != null).Select(f => f.PostId!.Value).Distinct().ToList();
        var threads = await db.Set<DiscussionThread>().AsNoTracking().Where(x => threadIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var posts = await db.Set<DiscussionPost>().AsNoTracking().Where(p => postIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var items = flags.Where(f => threads.ContainsKey(f.ThreadId))
            .Select(f => new ModerationItem(f, threads[f.ThreadId], f.PostId is int p ? posts.GetValueOrDefault(p) : null)).ToList();
        return View(new ModerationViewModel(ward, items));
    }

    [HttpPost("hide")]
    public async Task<IActionResult> Hide(int id, [FromForm] int threadId, [FromForm] int? postId, [FromForm] string? reason, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var thread = await db.Set<DiscussionThread>().FirstOrDefaultAsync(x => x.Id == threadId && x.WardId == id, ct);
        if (thread is null) return NotFound();
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
        {
            TempData["Flash"] = t["Wards.Moderation.ReasonRequired"].Value;
            return Redirect($"/wards/{id}/moderation");
        }
        await moderation.HideAsync(thread, postId, reason, ct);
        TempData["Flash"] = t["Wards.Flash.Hidden"].Value;
        return Redirect($"/wards/{id}/moderation");
    }

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(int id, [FromForm] int threadId, [FromForm] int? postId, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var thread = await db.Set<DiscussionThread>().FirstOrDefaultAsync(x => x.Id == threadId && x.WardId == id, ct);
        if (thread is null) return NotFound();
        await moderation.PublishAsync(thread, postId, ct);
        TempData["Flash"] = t["Wards.Flash.Published"].Value;
        return Redirect($"/wards/{id}/moderation");
    }
}
