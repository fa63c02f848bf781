using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Summaries.Models;
using Participation.Summaries.Reports;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>A councillor's weekly digest: which wards and topic words to follow.</summary>
[Route("/summaries/digest"), Authorize(Policy = Permissions.ViewSummaries)]
public sealed class DigestController(ParticipationDbContext db, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var sub = await db.Set<DigestSubscription>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == User.UserId(), ct)
                  ?? new DigestSubscription { UserId = User.UserId()!, Enabled = false };
        return View(new DigestSettingsViewModel(sub, await WardsAsync(ct), TempData["Saved"] is not null));
    }

    [HttpPost(""), ValidateAntiForgeryToken]
    public async Task<IActionResult> Save(bool enabled, int[] wardIds, string? topics, CancellationToken ct)
    {
        var wards = await WardsAsync(ct);
        var userId = User.UserId()!;
        var sub = await db.Set<DigestSubscription>().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        var candidate = sub ?? new DigestSubscription { UserId = userId };
        candidate.Enabled = enabled;
        candidate.WardIds = string.Join(',', wardIds.Where(id => wards.Any(w => w.Id == id)).Distinct());
        candidate.Topics = (topics ?? "").Trim();
        if (candidate.Topics.Length > DigestLimits.Topics)
        {
            ModelState.AddModelError("topics", t["Digest.Topics.TooLong", DigestLimits.Topics]);
            return View("Index", new DigestSettingsViewModel(candidate, wards, false));
        }
        if (sub is null) db.Add(candidate);
        await db.SaveChangesAsync(ct);
        TempData["Saved"] = true;
        return Redirect("/summaries/digest");
    }

    private Task<List<Ward>> WardsAsync(CancellationToken ct) => db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct);
}

public sealed record DigestSettingsViewModel(DigestSubscription Subscription, IReadOnlyList<Ward> Wards, bool Saved);
