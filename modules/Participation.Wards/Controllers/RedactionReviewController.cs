using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Privacy;
using Participation.Wards.Services;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Controllers;

/// <summary>
/// Mask-by-mask review of a ward post before it goes public: the original with each detection marked, a tick
/// box per mask (drop a wrong one), a field to mask more text, a preview, and publish. Works without JavaScript.
/// </summary>
[Route("/wards/{id:int}/moderation/redaction"), Authorize(Policy = Permissions.Moderate)]
public sealed class RedactionReviewController(ParticipationDbContext db, RedactionReview review, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int threadId, int? postId, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        var item = ward is null ? null : await review.LoadAsync(id, threadId, postId, ct);
        if (ward is null || item is null) return NotFound();
        var candidates = item.Fields.SelectMany(f => f.Detected.Select(d => new ChosenMask(f.Name, d.Start, d.Length, d.Kind))).ToList();
        return View("Index", new RedactionReviewViewModel(ward, item, candidates, candidates.Select(c => c.Key).ToHashSet()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Submit(int id, [FromForm] int threadId, [FromForm] int? postId, [FromForm] string[]? offered, [FromForm] string[]? mask,
        [FromForm] string? addText, [FromForm] PiiKind addKind, [FromForm] string? action, CancellationToken ct)
    {
        if (!User.CanActOnWard(id)) return StatusCode(StatusCodes.Status403Forbidden);
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        var item = ward is null ? null : await review.LoadAsync(id, threadId, postId, ct);
        if (ward is null || item is null) return NotFound();
        var fields = item.Fields.ToDictionary(f => f.Name, f => f.Original.Length);
        bool Valid(ChosenMask m) => fields.TryGetValue(m.Field, out var length) && m.Start + m.Length <= length;
        var candidates = (offered ?? []).Select(ChosenMask.Parse).OfType<ChosenMask>().Where(Valid).DistinctBy(m => m.Key).ToList();
        var chosen = (mask ?? []).Select(ChosenMask.Parse).OfType<ChosenMask>().Where(Valid).Select(m => m.Key).ToHashSet();
        var added = RedactionReview.Occurrences(item, addText, Enum.IsDefined(addKind) ? addKind : PiiKind.Name).ToList();
        if (!string.IsNullOrWhiteSpace(addText) && added.Count == 0)
        {
            ModelState.AddModelError("addText", t["Wards.Redaction.NotFound"].Value);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", new RedactionReviewViewModel(ward, item, candidates, chosen, addText));
        }
        foreach (var m in added.Where(m => candidates.All(c => c.Key != m.Key))) candidates.Add(m);
        chosen.UnionWith(added.Select(m => m.Key));
        if (action != "publish")
            return View("Index", new RedactionReviewViewModel(ward, item, candidates.OrderBy(c => c.Field).ThenBy(c => c.Start).ToList(), chosen));
        await review.PublishAsync(item, candidates.Where(c => chosen.Contains(c.Key)).ToList(), User.UserId()!, ct);
        TempData["Flash"] = t["Wards.Redaction.Published"].Value;
        return Redirect($"/wards/{id}/moderation");
    }
}
