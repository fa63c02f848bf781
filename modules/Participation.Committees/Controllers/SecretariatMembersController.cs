using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.Services.Members;
using Participation.Committees.ViewModels;
using Participation.Core.Data;

namespace Participation.Committees.Controllers;

/// <summary>
/// Members of a committee, kept by its secretariat: add, edit (name, role, term, consent to publish the name) and
/// remove after a confirmation page. Minutes and materials: <see cref="SecretariatDocumentsController"/>.
/// </summary>
[CommitteeScope]
[Route("/staff/committees/{id:int}/members"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatMembersController(ParticipationDbContext db, MemberEditor editor, IStringLocalizer t) : Controller
{
    private const string FormView = "~/Views/Secretariat/Member.cshtml";

    [HttpGet("new")]
    public async Task<IActionResult> New(int id, CancellationToken ct) =>
        await CommitteeAsync(id, ct) is { } committee ? View(FormView, new MemberFormPage(committee, null, new MemberInput())) : NotFound();

    /// <summary>The add form (on the committee page and on /members/new).</summary>
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "Input")] MemberInput input, CancellationToken ct)
    {
        if (await CommitteeAsync(id, ct) is not { } committee) return NotFound();
        var (outcome, _) = await editor.SaveAsync(id, null, input, ModelState, ct);
        if (outcome == MemberEditor.Outcome.Saved)
        {
            TempData["Flash"] = t["Secretariat.Members.Added"].Value;
            return Redirect($"/staff/committees/{id}#members");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(FormView, new MemberFormPage(committee, null, input));
    }

    [HttpGet("{mid:int}")]
    public async Task<IActionResult> Edit(int id, int mid, CancellationToken ct)
    {
        var (committee, member) = await LoadAsync(id, mid, ct);
        if (member is null) return NotFound();
        return View(FormView, new MemberFormPage(committee!, member, MemberInput.From(member)));
    }

    [HttpPost("{mid:int}")]
    public async Task<IActionResult> Save(int id, int mid, [Bind(Prefix = "Input")] MemberInput input, CancellationToken ct)
    {
        var (committee, member) = await LoadAsync(id, mid, ct);
        if (member is null) return Gone(id);
        var (outcome, current) = await editor.SaveAsync(id, member, input, ModelState, ct);
        switch (outcome)
        {
            case MemberEditor.Outcome.Saved:
                TempData["Flash"] = t["Secretariat.Members.Saved"].Value;
                return Redirect($"/staff/committees/{id}#members");
            case MemberEditor.Outcome.Gone:
                return Gone(id);
            case MemberEditor.Outcome.Conflict:
                // Keep what the person typed; the form now carries the current version, so saving again overwrites knowingly.
                ModelState.Remove("Input.Version");
                input.Version = current!.Version;
                ModelState.AddModelError("", t["Secretariat.Members.Conflict"]);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(FormView, new MemberFormPage(committee!, current, input));
            default:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View(FormView, new MemberFormPage(committee!, member, input));
        }
    }

    [HttpGet("{mid:int}/delete")]
    public async Task<IActionResult> ConfirmDelete(int id, int mid, CancellationToken ct)
    {
        var (committee, member) = await LoadAsync(id, mid, ct);
        if (member is null) return NotFound();
        return View("~/Views/Secretariat/ConfirmDelete.cshtml", new ConfirmDeletePage(committee!, t["Secretariat.Members.DeleteTitle"],
            member.Role.Length > 0 ? $"{member.Name}（{member.Role}）" : member.Name, t["Secretariat.Members.DeleteText"],
            $"/staff/committees/{id}/members/{mid}/delete", $"/staff/committees/{id}#members"));
    }

    /// <summary>Removes the member. Sent twice (a double click, a reload), the second finds nothing and says so.</summary>
    [HttpPost("{mid:int}/delete")]
    public async Task<IActionResult> Delete(int id, int mid, CancellationToken ct)
    {
        if (await CommitteeAsync(id, ct) is null) return NotFound();
        if (!await editor.RemoveAsync(id, mid, ct)) return Gone(id);
        TempData["Flash"] = t["Secretariat.Members.Removed"].Value;
        return Redirect($"/staff/committees/{id}#members");
    }

    private RedirectResult Gone(int id)
    {
        TempData["Flash"] = t["Secretariat.Members.AlreadyRemoved"].Value;
        return Redirect($"/staff/committees/{id}#members");
    }

    private Task<Committee?> CommitteeAsync(int id, CancellationToken ct) =>
        db.Set<Committee>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);

    private async Task<(Committee?, CommitteeMember?)> LoadAsync(int id, int mid, CancellationToken ct)
    {
        var committee = await CommitteeAsync(id, ct);
        if (committee is null) return (null, null);
        return (committee, await db.Set<CommitteeMember>().FirstOrDefaultAsync(m => m.Id == mid && m.CommitteeId == id, ct));
    }
}
