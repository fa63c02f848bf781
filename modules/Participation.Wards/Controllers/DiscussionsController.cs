using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>A thread's page and what residents do there: start a thread, reply, support, follow.</summary>
[Route("/wards/{id:int}/discussions")]
public sealed class DiscussionsController(ParticipationDbContext db, ThreadPageBuilder pages, DiscussionWriter writer,
    ThreadActions actions, Nicknames nicknames, NicknameRules nicknameRules, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public IActionResult Index(int id) => Redirect($"/wards/{id}#discussions");

    [HttpGet("{threadId:int}")]
    public async Task<IActionResult> Show(int id, int threadId, int page = 1, CancellationToken ct = default)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: false, ct);
        if (loaded is null) return NotFound();
        return View(await pages.BuildAsync(loaded.Value.Ward, loaded.Value.Thread, User, page, null, null, ct));
    }

    [HttpGet("new"), Authorize]
    public async Task<IActionResult> New(int id, string? category, CancellationToken ct)
    {
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        var input = new ThreadInput { Category = TopicCategories.IsKnown(category) ? category! : "", Nickname = await nicknames.GetAsync(User.UserId()!, ct) ?? "" };
        ViewData["Ward"] = ward;
        return View(input);
    }

    [HttpPost(""), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Create(int id, [FromForm] ThreadInput input, CancellationToken ct)
    {
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (ward is null) return NotFound();
        input.Title = input.Title?.Trim() ?? ""; input.Nickname = input.Nickname?.Trim() ?? "";
        if (!string.IsNullOrEmpty(input.Category) && !TopicCategories.IsKnown(input.Category))
            ModelState.AddModelError(nameof(input.Category), t["Wards.Category.Unknown"]);
        await CheckNicknameAsync(input.Nickname, ct);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Ward"] = ward;
            return View("New", input);
        }
        var userId = User.UserId()!;
        await nicknames.RememberAsync(userId, input.Nickname, ct);
        var thread = await writer.StartThreadAsync(id, input.Category, input.Title, input.Body, userId, input.Nickname, ct);
        TempData["Flash"] = t[thread.Visibility == Visibility.Held ? "Wards.Flash.Held" : "Wards.Flash.ThreadStarted"].Value;
        return Redirect($"/wards/{id}/discussions/{thread.Id}");
    }

    [HttpPost("{threadId:int}/replies"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Reply(int id, int threadId, [FromForm(Name = "Reply")] ReplyInput input, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: true, ct);
        if (loaded is null) return NotFound();
        var (ward, thread) = loaded.Value;
        input.Nickname = input.Nickname?.Trim() ?? "";
        if (thread.Status == ThreadStatus.Closed || thread.Visibility != Visibility.Visible)
            ModelState.AddModelError("Reply.Body", t["Wards.Reply.NotOpen"]);
        await CheckNicknameAsync(input.Nickname, ct, "Reply.Nickname");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Show", await pages.BuildAsync(ward, thread, User, int.MaxValue, input, null, ct));
        }
        var userId = User.UserId()!;
        await nicknames.RememberAsync(userId, input.Nickname, ct);
        var post = await writer.ReplyAsync(thread, input.ParentId, input.Body, userId, input.Nickname, ct);
        TempData["Flash"] = t[post.Visibility == Visibility.Held ? "Wards.Flash.Held" : "Wards.Flash.Replied"].Value;
        var topId = post.ParentId ?? post.Id;
        var position = await db.Set<DiscussionPost>().CountAsync(p => p.ThreadId == threadId && p.ParentId == null && p.Id <= topId, ct);
        var page = (position + DiscussionLimits.RepliesPerPage - 1) / DiscussionLimits.RepliesPerPage;
        return Redirect($"/wards/{id}/discussions/{threadId}?page={Math.Max(1, page)}#reply-{post.Id}");
    }

    [HttpPost("{threadId:int}/support"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Support(int id, int threadId, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: true, ct);
        if (loaded is null || loaded.Value.Thread.Visibility != Visibility.Visible) return NotFound();
        var added = await actions.SupportAsync(loaded.Value.Thread, User.UserId()!, ct);
        TempData["Flash"] = t[added ? "Wards.Flash.Supported" : "Wards.Flash.AlreadySupported"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}");
    }

    [HttpPost("{threadId:int}/follow"), Authorize, EnableRateLimiting("submit")]
    public async Task<IActionResult> Follow(int id, int threadId, [FromForm] bool follow, CancellationToken ct)
    {
        var loaded = await pages.LoadAsync(id, threadId, User, track: false, ct);
        if (loaded is null) return NotFound();
        await actions.FollowAsync(threadId, User.UserId()!, follow, ct);
        TempData["Flash"] = t[follow ? "Wards.Flash.Followed" : "Wards.Flash.Unfollowed"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}");
    }

    private async Task CheckNicknameAsync(string nickname, CancellationToken ct, string field = nameof(ThreadInput.Nickname))
    {
        if (string.IsNullOrEmpty(nickname)) return;
        var error = await nicknameRules.CheckAsync(User.UserId()!, nickname, ct);
        if (error is not null) ModelState.AddModelError(field, t[error]);
    }
}
