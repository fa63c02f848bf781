using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Participation.Core.Identity;
using Participation.Wards.Models;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>Ward staff answer a thread for the ward (区からの回答) and close or reopen it — on their own ward only.</summary>
[Route("/wards/{id:int}/discussions/{threadId:int}"), Authorize(Policy = Permissions.AnswerThreads)]
public sealed class ThreadStaffController(ThreadPageBuilder pages, StaffAnswers answers, IStringLocalizer t) : Controller
{
    [HttpPost("answer"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Answer(int id, int threadId, [FromForm(Name = "Answer")] AnswerInput input, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var loaded = await pages.LoadAsync(id, threadId, User, track: true, ct);
        if (loaded is null) return NotFound();
        var (ward, thread) = loaded.Value;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/Discussions/Show.cshtml", await pages.BuildAsync(ward, thread, User, 1, null, input, ct));
        }
        var post = await answers.AnswerAsync(thread, input.Department.Trim(), input.Body, User.UserId()!, t["Wards.Answer.Author", ward.Name].Value, ct);
        TempData["Flash"] = t["Wards.Flash.Answered"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}#reply-{post.Id}");
    }

    [HttpPost("close")]
    public async Task<IActionResult> Close(int id, int threadId, [FromForm] bool closed, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var loaded = await pages.LoadAsync(id, threadId, User, track: true, ct);
        if (loaded is null) return NotFound();
        await answers.SetClosedAsync(loaded.Value.Thread, closed, ct);
        TempData["Flash"] = t[closed ? "Wards.Flash.Closed" : "Wards.Flash.Reopened"].Value;
        return Redirect($"/wards/{id}/discussions/{threadId}");
    }
}
