using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>Grouping opinions and answering each group (考え方, 反映区分, changed sections). Needs full access to the round.</summary>
[Route("/staff/rounds/{id:int}/groups"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffGroupsController(RoundQueries rounds, GroupQueries groups, OpinionGrouping grouping, DraftService drafts,
    IOptions<ConsultationOptions> options, IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? section, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        return denied ?? await IndexPageAsync(round!, section, null, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Create(int id, string? section, string? summary, [FromForm] int[] opinionIds, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var result = await grouping.CreateAsync(id, section, summary, opinionIds, ct);
        if (result.Outcome == EditOutcome.Saved) return Redirect($"/staff/rounds/{id}/groups/{result.Id}");
        foreach (var (field, key) in result.Errors!) ModelState.AddModelError(field, t[key, OpinionGrouping.MaxSummary]);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await IndexPageAsync(round!, section, summary, ct);
    }

    [HttpPost("assign")]
    public async Task<IActionResult> Assign(int id, int groupId, [FromForm] int[] opinionIds, string? section, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        if (!await grouping.AssignAsync(id, groupId, opinionIds, ct)) return NotFound();
        TempData["Flash"] = t["RoundStaff.Groups.Assigned", opinionIds.Length].Value;
        return Redirect($"/staff/rounds/{id}/groups" + (string.IsNullOrEmpty(section) ? "" : $"?section={Uri.EscapeDataString(section)}"));
    }

    [HttpGet("{groupId:int}")]
    public async Task<IActionResult> Edit(int id, int groupId, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var group = await groups.FindAsync(id, groupId, ct);
        if (group is null) return NotFound();
        var form = new GroupForm
        {
            Summary = group.Summary, Answer = group.Answer, Reflection = group.Reflection, Version = group.Version,
            ChangedSections = group.ChangedSections?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList() ?? [],
        };
        return await EditPageAsync(round!, group, form, false, ct);
    }

    [HttpPost("{groupId:int}")]
    public async Task<IActionResult> Save(int id, int groupId, GroupForm form, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        ModelState.Clear();
        var draft = await drafts.GetAsync(round!.DraftId, ct: ct);
        var result = await grouping.SaveAsync(id, groupId, form, draft?.Sections.Select(s => s.Anchor).ToHashSet() ?? [], ct);
        if (result.Outcome == EditOutcome.NotFound) return NotFound();
        if (result.Outcome == EditOutcome.Saved)
        {
            TempData["Flash"] = t["RoundStaff.Groups.Saved"].Value;
            return Redirect($"/staff/rounds/{id}/groups/{groupId}");
        }
        var current = await groups.FindAsync(id, groupId, ct);
        if (current is null) return NotFound();
        if (result.Outcome == EditOutcome.Conflict)
        {
            // Keep what this editor typed; show what the other saved; the next save starts from the current version.
            ModelState.AddModelError("", t["RoundStaff.Conflict"]);
            form.Version = current.Version;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            foreach (var (field, key) in result.Errors!) ModelState.AddModelError(field, t[key, OpinionGrouping.MaxSummary, OpinionGrouping.MaxAnswer]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return await EditPageAsync(round, current, form, result.Outcome == EditOutcome.Conflict, ct);
    }

    [HttpPost("{groupId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int groupId, [FromForm] int[] opinionIds, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        await grouping.RemoveAsync(id, groupId, opinionIds, ct);
        return Redirect($"/staff/rounds/{id}/groups/{groupId}");
    }

    [HttpPost("{groupId:int}/add")]
    public async Task<IActionResult> Add(int id, int groupId, [FromForm] int[] opinionIds, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        if (!await grouping.AssignAsync(id, groupId, opinionIds, ct)) return NotFound();
        return Redirect($"/staff/rounds/{id}/groups/{groupId}");
    }

    [HttpPost("{groupId:int}/merge")]
    public async Task<IActionResult> Merge(int id, int groupId, int sourceId, CancellationToken ct)
    {
        var (_, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        if (!await grouping.MergeAsync(id, groupId, sourceId, ct)) return NotFound();
        TempData["Flash"] = t["RoundStaff.Groups.Merged"].Value;
        return Redirect($"/staff/rounds/{id}/groups/{groupId}");
    }

    private async Task<IActionResult> IndexPageAsync(ConsultationRound round, string? section, string? summary, CancellationToken ct)
    {
        var (ungrouped, total) = await groups.UngroupedAsync(round.Id, section, ct);
        return View("Index", new StaffGroupsViewModel(round, await drafts.GetAsync(round.DraftId, ct: ct), await groups.GroupsAsync(round.Id, ct),
            ungrouped, total, section, options.Value.Reflections, summary));
    }

    private async Task<IActionResult> EditPageAsync(ConsultationRound round, OpinionGroup group, GroupForm form, bool conflict, CancellationToken ct)
    {
        var (candidates, _) = await groups.UngroupedAsync(round.Id, group.Section, ct);
        var others = (await groups.GroupsAsync(round.Id, ct)).Where(g => g.Group.Id != group.Id).ToList();
        return View("Edit", new StaffGroupViewModel(round, await drafts.GetAsync(round.DraftId, ct: ct), group, form,
            await groups.MembersAsync(group.Id, ct), candidates, others, options.Value.Reflections, conflict));
    }
}
