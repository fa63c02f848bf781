using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Controllers;

/// <summary>The secretariat's committee pages: the list, one committee's overview and its edit form.</summary>
[CommitteeScope]
[Route("/staff/committees"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatCommitteesController(ParticipationDbContext db, IAuditLog audit, Microsoft.Extensions.Localization.IStringLocalizer t,
    Services.SecretariatScope scope) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var visible = await scope.VisibleCommitteesAsync(User, ct);
        var committees = (await db.Set<Committee>().Include(c => c.Recruitments).OrderBy(c => c.Id).ToListAsync(ct))
            .Where(c => visible is null || visible.Contains(c.Id)).ToList();
        var counts = await db.Set<Application>().GroupBy(a => a.RecruitmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return View("~/Views/Secretariat/Index.cshtml", new StaffCommitteeList(committees, counts));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken ct)
    {
        var c = await db.Set<Committee>().Include(x => x.Recruitments).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        var members = await db.Set<CommitteeMember>().Where(m => m.CommitteeId == id).OrderBy(m => m.Id).ToListAsync(ct);
        var documents = await db.Set<CommitteeDocument>().Where(d => d.CommitteeId == id).OrderByDescending(d => d.HeldOnUtc).ToListAsync(ct);
        var secretariat = await db.Set<CommitteeSecretariat>().Where(s => s.CommitteeId == id).OrderBy(s => s.Id).ToListAsync(ct);
        return View("~/Views/Secretariat/Committee.cshtml", new StaffCommitteePage(c, members, documents, secretariat));
    }

    [HttpGet("new")]
    public IActionResult New() => View("~/Views/Secretariat/EditCommittee.cshtml", new EditCommitteePage(null, new CommitteeInput { TotalSeats = 15, ResidentSeats = 3 }));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CommitteeInput input, CancellationToken ct)
    {
        Validate(input);
        if (!ModelState.IsValid) return View("~/Views/Secretariat/EditCommittee.cshtml", new EditCommitteePage(null, input));
        var c = new Committee();
        Apply(c, input);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        if (!Services.SecretariatScope.SeesAll(User))
            db.Add(new CommitteeSecretariat { CommitteeId = c.Id, UserId = Participation.Core.Identity.ClaimsPrincipalExtensions.UserId(User) ?? "", Label = User.Identity?.Name ?? "" });
        audit.Record("committee.created", "committee", c.Id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/committees/{c.Id}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var c = await db.Set<Committee>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        var input = new CommitteeInput
        {
            Name = c.Name, Purpose = c.Purpose, Department = c.Department, TotalSeats = c.TotalSeats,
            ResidentSeats = c.ResidentSeats, Term = c.Term, MeetingSchedule = c.MeetingSchedule,
        };
        return View("~/Views/Secretariat/EditCommittee.cshtml", new EditCommitteePage(id, input));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] CommitteeInput input, CancellationToken ct)
    {
        var c = await db.Set<Committee>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        Validate(input);
        if (!ModelState.IsValid) return View("~/Views/Secretariat/EditCommittee.cshtml", new EditCommitteePage(id, input));
        Apply(c, input);
        audit.Record("committee.updated", "committee", id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/committees/{id}");
    }

    private void Validate(CommitteeInput input)
    {
        if (input.ResidentSeats > input.TotalSeats)
            ModelState.AddModelError("Input.ResidentSeats", t["Secretariat.Committee.ResidentSeatsTooMany"]);
    }

    private static void Apply(Committee c, CommitteeInput input)
    {
        c.Name = input.Name.Trim();
        c.Purpose = input.Purpose.Trim();
        c.Department = input.Department?.Trim() ?? "";
        c.TotalSeats = input.TotalSeats;
        c.ResidentSeats = input.ResidentSeats;
        c.Term = input.Term?.Trim() ?? "";
        c.MeetingSchedule = input.MeetingSchedule?.Trim() ?? "";
    }
}
