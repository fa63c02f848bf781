using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Time;

namespace Participation.Committees.Controllers;

/// <summary>Recruitments: create and edit the call (period, eligibility, form fields, essay, rubric).</summary>
[CommitteeScope]
[Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatRecruitmentsController(ParticipationDbContext db, IAuditLog audit, IStringLocalizer t) : Controller
{
    private const string Form = "~/Views/Secretariat/EditRecruitment.cshtml";

    [HttpGet("/staff/committees/{id:int}/recruitments/new")]
    public async Task<IActionResult> New(int id, CancellationToken ct)
    {
        var c = await db.Set<Committee>().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? NotFound() : View(Form, new EditRecruitmentPage(c, null, new RecruitmentInput()));
    }

    [HttpPost("/staff/committees/{id:int}/recruitments/new")]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Input")] RecruitmentInput input, CancellationToken ct)
    {
        var c = await db.Set<Committee>().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        Validate(input);
        if (!ModelState.IsValid) return View(Form, new EditRecruitmentPage(c, null, input));
        var r = new Recruitment { CommitteeId = id };
        Apply(r, input);
        db.Add(r);
        await db.SaveChangesAsync(ct);
        audit.Record("committee.recruitment.created", "recruitment", r.Id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/committees/{id}");
    }

    [HttpGet("/staff/recruitments/{rid:int}/edit")]
    public async Task<IActionResult> Edit(int rid, CancellationToken ct)
    {
        var r = await db.Set<Recruitment>().FirstOrDefaultAsync(x => x.Id == rid, ct);
        if (r is null) return NotFound();
        var c = await db.Set<Committee>().FirstAsync(x => x.Id == r.CommitteeId, ct);
        var input = new RecruitmentInput
        {
            Opens = DateOnly.FromDateTime(TokyoTime.ToTokyo(r.OpensAtUtc)),
            Closes = DateOnly.FromDateTime(TokyoTime.ToTokyo(r.ClosesAtUtc).AddTicks(-1)),
            MinAge = r.MinAge, RequireCityLink = r.RequireCityLink, MaxOtherSeats = r.MaxOtherSeats,
            ExcludeStaffAndCouncillors = r.ExcludeStaffAndCouncillors, ProfileFields = r.Fields().ToList(),
            EssayTheme = r.EssayTheme, EssayMinChars = r.EssayMinChars, EssayMaxChars = r.EssayMaxChars, Rubric = r.Rubric,
        };
        return View(Form, new EditRecruitmentPage(c, rid, input));
    }

    [HttpPost("/staff/recruitments/{rid:int}/edit")]
    public async Task<IActionResult> Edit(int rid, [Bind(Prefix = "Input")] RecruitmentInput input, CancellationToken ct)
    {
        var r = await db.Set<Recruitment>().FirstOrDefaultAsync(x => x.Id == rid, ct);
        if (r is null) return NotFound();
        Validate(input);
        if (!ModelState.IsValid)
            return View(Form, new EditRecruitmentPage(await db.Set<Committee>().FirstAsync(x => x.Id == r.CommitteeId, ct), rid, input));
        Apply(r, input);
        audit.Record("committee.recruitment.updated", "recruitment", rid.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(ct);
        return Redirect($"/staff/committees/{r.CommitteeId}");
    }

    private void Validate(RecruitmentInput input)
    {
        if (input.Opens is { } o && input.Closes is { } c && c < o)
            ModelState.AddModelError("Input.Closes", t["Secretariat.Recruitment.ClosesBeforeOpens"]);
        if (input.EssayMaxChars < input.EssayMinChars)
            ModelState.AddModelError("Input.EssayMaxChars", t["Secretariat.Recruitment.EssayRangeInvalid"]);
        input.ProfileFields = input.ProfileFields.Where(ProfileFields.All.Contains).Distinct().ToList();
    }

    private static void Apply(Recruitment r, RecruitmentInput input)
    {
        // Dates are Tokyo calendar days: the call opens at 0:00 on the first day and closes at 24:00 on the last.
        r.OpensAtUtc = TokyoTime.StartOfDay(input.Opens!.Value);
        r.ClosesAtUtc = TokyoTime.StartOfDay(input.Closes!.Value.AddDays(1));
        r.MinAge = input.MinAge;
        r.RequireCityLink = input.RequireCityLink;
        r.MaxOtherSeats = input.MaxOtherSeats;
        r.ExcludeStaffAndCouncillors = input.ExcludeStaffAndCouncillors;
        r.ProfileFields = string.Join(',', input.ProfileFields);
        r.EssayTheme = input.EssayTheme.Trim();
        r.EssayMinChars = input.EssayMinChars;
        r.EssayMaxChars = input.EssayMaxChars;
        r.Rubric = string.Join('\n', input.Rubric.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
