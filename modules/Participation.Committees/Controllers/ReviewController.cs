using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Privacy;

namespace Participation.Committees.Controllers;

/// <summary>
/// Blind review. Reviewers see only a review number, the profile band-free essay (redacted), and their own scores:
/// never the name, e-mail, receipt number or age. Only reviewers assigned to the recruitment get in.
/// </summary>
[Route("/review"), Authorize(Policy = Permissions.Review)]
public sealed class ReviewController(ParticipationDbContext db, IRedactor redactor, IAuditLog audit, TimeProvider clock, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = User.UserId();
        var rows = await (from x in db.Set<ReviewerAssignment>()
                          join r in db.Set<Recruitment>() on x.RecruitmentId equals r.Id
                          join c in db.Set<Committee>() on r.CommitteeId equals c.Id
                          where x.ReviewerUserId == me
                          select new ReviewQueueItem(r.Id, c.Name, r.EssayTheme)).ToListAsync(ct);
        return View("~/Views/Review/Index.cshtml", rows);
    }

    [HttpGet("{rid:int}")]
    public async Task<IActionResult> Recruitment(int rid, CancellationToken ct)
    {
        if (!await AssignedAsync(rid, ct)) return Forbid();
        var me = User.UserId();
        var ids = await db.Set<Application>().Where(a => a.RecruitmentId == rid).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var done = await db.Set<Review>().Where(r => r.ReviewerUserId == me && ids.Contains(r.ApplicationId))
            .ToDictionaryAsync(r => r.ApplicationId, ct);
        var items = ids.Select((id, i) => new BlindListItem(i + 1, id, done.GetValueOrDefault(id))).ToList();
        return View("~/Views/Review/Recruitment.cshtml", new BlindListPage(rid, items));
    }

    [HttpGet("{rid:int}/{number:int}")]
    public async Task<IActionResult> Essay(int rid, int number, CancellationToken ct)
    {
        var page = await LoadAsync(rid, number, ct);
        if (page is null) return NotFound();
        return page.Value.Forbidden ? Forbid() : View("~/Views/Review/Essay.cshtml", page.Value.Page);
    }

    [HttpPost("{rid:int}/{number:int}"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Score(int rid, int number, List<int> scores, bool conflict, CancellationToken ct)
    {
        var loaded = await LoadAsync(rid, number, ct);
        if (loaded is null) return NotFound();
        if (loaded.Value.Forbidden) return Forbid();
        var page = loaded.Value.Page;
        if (!conflict && (scores.Count != page.Criteria.Count || scores.Any(s => s is < 1 or > 5)))
        {
            ModelState.AddModelError("scores", t["Review.ScoresInvalid", page.Criteria.Count]);
            return View("~/Views/Review/Essay.cshtml", page with { Scores = scores, Conflict = conflict });
        }
        var me = User.UserId()!;
        var review = await db.Set<Review>().FirstOrDefaultAsync(r => r.ApplicationId == page.ApplicationId && r.ReviewerUserId == me, ct);
        if (review is null) db.Add(review = new Review { ApplicationId = page.ApplicationId, ReviewerUserId = me });
        review.ConflictOfInterest = conflict;
        review.Scores = conflict ? "" : string.Join(',', scores);
        review.Total = conflict ? 0 : scores.Sum();
        review.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(conflict ? "committee.review.conflict" : "committee.review.scored", "recruitment", rid.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        var next = number + 1;
        var more = await db.Set<Application>().Where(a => a.RecruitmentId == rid).CountAsync(ct) >= next;
        return Redirect(more ? $"/review/{rid}/{next}" : $"/review/{rid}");
    }

    private async Task<bool> AssignedAsync(int rid, CancellationToken ct)
    {
        var me = User.UserId();
        return await db.Set<ReviewerAssignment>().AnyAsync(x => x.RecruitmentId == rid && x.ReviewerUserId == me, ct);
    }

    /// <summary>The n-th application (1-based, by id) of the recruitment, as the reviewer may see it.</summary>
    private async Task<(bool Forbidden, BlindEssayPage Page)?> LoadAsync(int rid, int number, CancellationToken ct)
    {
        var recruitment = await db.Set<Recruitment>().FirstOrDefaultAsync(r => r.Id == rid, ct);
        if (recruitment is null || number < 1) return null;
        if (!await AssignedAsync(rid, ct)) return (true, null!);
        // Projection without the contact row: the name and e-mail never leave the database on this page.
        var a = await db.Set<Application>().Where(x => x.RecruitmentId == rid).OrderBy(x => x.Id).Skip(number - 1)
            .Select(x => new { x.Id, x.Essay }).FirstOrDefaultAsync(ct);
        if (a is null) return null;
        var contact = await db.Set<ApplicantContact>().Where(c => c.ApplicationId == a.Id).Select(c => new { c.Name, c.Email }).FirstOrDefaultAsync(ct);
        var me = User.UserId();
        var existing = await db.Set<Review>().FirstOrDefaultAsync(r => r.ApplicationId == a.Id && r.ReviewerUserId == me, ct);
        var essay = BlindText.Mask(redactor.Redact(a.Essay), contact?.Name, contact?.Email);
        var scores = existing is null || existing.Scores.Length == 0 ? [] : existing.Scores.Split(',').Select(int.Parse).ToList();
        return (false, new BlindEssayPage(rid, number, a.Id, recruitment.EssayTheme, essay, recruitment.Criteria(), scores, existing?.ConflictOfInterest ?? false));
    }
}
