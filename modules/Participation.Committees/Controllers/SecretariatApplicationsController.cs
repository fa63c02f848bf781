using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Committees.Controllers;

/// <summary>A recruitment's applications for the secretariat: status changes, reviewer assignment, aggregated scores.</summary>
[CommitteeScope]
[Route("/staff/recruitments/{rid:int}"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatApplicationsController(ParticipationDbContext db, RecruitmentLookup lookup, ReviewAggregates aggregates,
    UserManager<AppUser> users, IAuditLog audit, IStringLocalizer t) : Controller
{
    [HttpGet("applications")]
    public async Task<IActionResult> Index(int rid, CancellationToken ct) => await PageAsync(rid, null, ct);

    [HttpPost("applications/{aid:int}/status")]
    public async Task<IActionResult> SetStatus(int rid, int aid, ApplicationStatus status, CancellationToken ct)
    {
        var a = await db.Set<Application>().FirstOrDefaultAsync(x => x.Id == aid && x.RecruitmentId == rid, ct);
        if (a is null || !Enum.IsDefined(status)) return NotFound();
        a.Status = status;
        audit.Record("committee.application.status", "application", aid.ToString(CultureInfo.InvariantCulture), status.ToString());
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/recruitments/{rid}/applications");
    }

    [HttpPost("reviewers")]
    public async Task<IActionResult> AssignReviewer(int rid, string? email, CancellationToken ct)
    {
        if (await lookup.FindAsync(rid, ct) is null) return NotFound();
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null) return await PageAsync(rid, t["Secretariat.Reviewers.UnknownUser", email ?? ""], ct);
        var roles = await users.GetRolesAsync(user);
        if (!roles.Contains(Roles.Secretariat) && !roles.Contains(Roles.Administrator))
            return await PageAsync(rid, t["Secretariat.Reviewers.NotReviewer", email!], ct);
        if (!await db.Set<ReviewerAssignment>().AnyAsync(x => x.RecruitmentId == rid && x.ReviewerUserId == user.Id, ct))
        {
            db.Add(new ReviewerAssignment { RecruitmentId = rid, ReviewerUserId = user.Id, ReviewerLabel = user.DisplayName ?? user.Email ?? user.Id });
            audit.Record("committee.reviewer.assigned", "recruitment", rid.ToString(CultureInfo.InvariantCulture), null);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/staff/recruitments/{rid}/applications");
    }

    private async Task<IActionResult> PageAsync(int rid, string? message, CancellationToken ct)
    {
        if (await lookup.FindAsync(rid, ct) is not var (committee, recruitment)) return NotFound();
        var applications = await db.Set<Application>().Include(a => a.Contact).Where(a => a.RecruitmentId == rid).OrderBy(a => a.Id).ToListAsync(ct);
        var summaries = await aggregates.ForRecruitmentAsync(rid, ct);
        var rows = applications.Select(a => new ApplicationRow(a, summaries.GetValueOrDefault(a.Id, ReviewSummary.None)))
            .OrderByDescending(r => r.Review.Mean ?? double.MinValue).ThenBy(r => r.Application.Id).ToList();
        var reviewers = await db.Set<ReviewerAssignment>().Where(x => x.RecruitmentId == rid).OrderBy(x => x.Id).ToListAsync(ct);
        return View("~/Views/Secretariat/Applications.cshtml", new ApplicationsPage(committee, recruitment, rows, reviewers, message));
    }
}
