using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Committees.Controllers;

/// <summary>Public pages: the list of committees, one committee with its recruitment, and the application form.</summary>
[Route("/committees")]
public sealed class CommitteesController(ParticipationDbContext db, TimeProvider clock, IAuditLog audit, IStringLocalizer t,
    Participation.Core.Markdown.IMarkdownRenderer markdown) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var committees = await db.Set<Committee>().Include(c => c.Recruitments).OrderBy(c => c.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return View(committees.Select(c => new CommitteePage(c, c.Recruitments.FirstOrDefault(r => r.IsOpen(now)), c.Recruitments.MaxBy(r => r.OpensAtUtc))).ToList());
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var page = await LoadAsync(id, ct);
        if (page is null) return NotFound();
        var members = await db.Set<CommitteeMember>().Where(m => m.CommitteeId == id && m.ConsentToPublish).OrderBy(m => m.Id).ToListAsync(ct);
        var documents = await db.Set<CommitteeDocument>().AsNoTracking().Include(d => d.Files)
            .Where(d => d.CommitteeId == id && d.IsPublished).OrderByDescending(d => d.HeldOnUtc).ThenByDescending(d => d.Id).ToListAsync(ct);
        var recruitmentIds = page.Committee.Recruitments.Select(r => r.Id).ToList();
        var runs = await db.Set<SelectionRun>().Where(r => recruitmentIds.Contains(r.RecruitmentId) && r.DistributionJson != "")
            .OrderByDescending(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        return View(page with
        {
            Members = members, PublishedRuns = runs,
            Documents = documents.Select(d => new PublicDocument(d, markdown.ToSafeHtml(d.Markdown))).ToList(),
        });
    }

    [HttpGet("{id:int}/apply")]
    public async Task<IActionResult> Apply(int id, CancellationToken ct)
    {
        var page = await LoadAsync(id, ct);
        if (page?.Open is null) return NotFound();
        return View(new ApplyPage(page.Committee, page.Open, new ApplyInput { CityLink = true }, await WardsAsync(ct), []));
    }

    [HttpPost("{id:int}/apply"), EnableRateLimiting("submit")]
    public async Task<IActionResult> Apply(int id, [Bind(Prefix = "Input")] ApplyInput input, CancellationToken ct)
    {
        var page = await LoadAsync(id, ct);
        if (page?.Open is null) return NotFound();
        var r = page.Open;
        var length = EssayLength.Count(input.Essay);
        if (!string.IsNullOrEmpty(input.Essay) && (length < r.EssayMinChars || length > r.EssayMaxChars))
            ModelState.AddModelError("Input.Essay", t["Committees.Apply.EssayLength", r.EssayMinChars, r.EssayMaxChars, length]);
        if (input.Age is null) ModelState.AddModelError("Input.Age", t["Validation.Required"]);
        // Profile fields the secretariat did not put on this form are not required.
        foreach (var field in new[] { "Gender", "Ward", "Occupation" }.Where(f => !r.Fields().Contains(f)))
            ModelState.Remove($"Input.{field}");
        var ineligible = input.Age is { } age ? EligibilityRules.Check(r, age, input.CityLink, input.OtherSeats, input.StaffOrCouncillor) : [];
        if (!ModelState.IsValid || ineligible.Count > 0)
            return View(new ApplyPage(page.Committee, r, input, await WardsAsync(ct), ineligible));

        var application = new Application
        {
            RecruitmentId = r.Id, UserId = User.Identity?.IsAuthenticated == true ? User.UserId() : null,
            ReceiptNumber = $"C{r.Id:000}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            Status = ApplicationStatus.Received, Gender = input.Gender ?? "", AgeBand = AgeBands.Of(input.Age!.Value),
            Ward = input.Ward ?? "", Occupation = input.Occupation ?? "", Essay = input.Essay.Trim(),
            SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
            Contact = new ApplicantContact
            {
                Name = input.Name.Trim(), Email = input.Email.Trim(), Age = input.Age!.Value, ConsentToPublishName = input.ConsentToPublishName,
                Culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "ja",
            },
        };
        db.Add(application);
        audit.Record("committee.application.received", "recruitment", r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return View("Receipt", application.ReceiptNumber);
    }

    private async Task<CommitteePage?> LoadAsync(int id, CancellationToken ct)
    {
        var c = await db.Set<Committee>().Include(x => x.Recruitments).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        return new CommitteePage(c, c.Recruitments.FirstOrDefault(r => r.IsOpen(now)), c.Recruitments.MaxBy(r => r.OpensAtUtc));
    }

    private async Task<IReadOnlyList<string>> WardsAsync(CancellationToken ct) =>
        await db.Set<Ward>().OrderBy(w => w.SortOrder).Select(w => w.Name).ToListAsync(ct);
}
