using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>Authors edit their own thread or reply (the old text is kept); anyone reads the history; residents flag.</summary>
[Route("/wards/{id:int}/discussions/{threadId:int}")]
public sealed class ThreadEditsController(ParticipationDbContext db, ThreadPageBuilder pages, DiscussionWriter writer,
    DiscussionQueries queries, Moderation moderation, IStringLocalizer t) : Controller
{
    [HttpGet("history")]
    public async Task<IActionResult> History(int id, int threadId, int? postId, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: false, ct);
        if (loaded is null) return NotFound();
        var (ward, thread) = loaded.Value;
        var post = postId is null ? null : await db.Set<DiscussionPost>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId && p.ThreadId == threadId, ct);
        if (postId is not null && post is null) return NotFound();
        // Hidden text stays hidden in its history too.
        var hidden = (post?.Visibility ?? thread.Visibility) != Visibility.Visible && !User.CanActOnWard(id) && (post?.AuthorId ?? thread.AuthorId) != User.UserId();
        if (hidden) return NotFound();
        return View(new HistoryViewModel(ward, thread, postId, post?.Body ?? thread.Body, await queries.HistoryAsync(threadId, postId, ct)));
    }

    [HttpGet("edit"), Authorize]
    public async Task<IActionResult> Edit(int id, int threadId, int? postId, CancellationToken ct)
    {
        var target = await LoadOwnAsync(id, threadId, postId, ct);
        if (target is null) return NotFound();
        var (ward, thread, post) = target.Value;
        ViewData["Target"] = new EditTarget(ward, thread, postId);
        return View(new EditInput { Title = post is null ? thread.Title : null, Body = post?.Body ?? thread.Body });
    }

    [HttpPost("edit"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Update(int id, int threadId, int? postId, [FromForm] EditInput input, CancellationToken ct)
    {
        var target = await LoadOwnAsync(id, threadId, postId, ct);
        if (target is null) return NotFound();
        var (ward, thread, post) = target.Value;
        if (post is null && string.IsNullOrWhiteSpace(input.Title))
            ModelState.AddModelError(nameof(input.Title), t["Validation.Required", t["Wards.Field.Title"]]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Target"] = new EditTarget(ward, thread, postId);
            return View("Edit", input);
        }
        if (post is null) await writer.EditThreadAsync(thread, input.Title!.Trim(), input.Body, ct);
        else await writer.EditReplyAsync(post, id, input.Body, ct);
        TempData["Flash"] = t["Wards.Flash.Edited"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}" + (postId is null ? "" : $"#reply-{postId}"));
    }

    [HttpPost("flag"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Flag(int id, int threadId, [FromForm] int? postId, [FromForm] string? reason, [FromForm] string? note, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: false, ct);
        if (loaded is null) return NotFound();
        if (!FlagReasons.IsKnown(reason))
        {
            TempData["Flash"] = t["Wards.Flag.ReasonRequired"].Value;
            return Redirect($"/wards/{id}/discussions/{threadId}");
        }
        if (postId is not null && !await db.Set<DiscussionPost>().AnyAsync(p => p.Id == postId && p.ThreadId == threadId, ct)) return NotFound();
        await moderation.FlagAsync(loaded.Value.Thread, postId, User.UserId()!, reason!, note?.Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 500)] : null, ct);
        TempData["Flash"] = t["Wards.Flash.Flagged"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}");
    }

    /// <summary>The thread (and reply) when the signed-in person wrote it and it is not hidden or closed; otherwise null.</summary>
    private async Task<(Participation.Core.Cities.Ward, DiscussionThread, DiscussionPost?)?> LoadOwnAsync(int id, int threadId, int? postId, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: true, ct);
        if (loaded is null) return null;
        var (ward, thread) = loaded.Value;
        var me = User.UserId();
        if (postId is null)
            return thread.AuthorId == me && thread.Visibility != Visibility.Hidden && thread.Status != ThreadStatus.Closed ? (ward, thread, null) : null;
        var post = await db.Set<DiscussionPost>().FirstOrDefaultAsync(p => p.Id == postId && p.ThreadId == threadId, ct);
        return post is not null && post.AuthorId == me && !post.IsOfficial && post.Visibility != Visibility.Hidden ? (ward, thread, post) : null;
    }
}
