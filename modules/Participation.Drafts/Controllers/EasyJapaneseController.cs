using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Drafts.Models;
using Participation.Drafts.ViewModels;

namespace Participation.Drafts.Controllers;

/// <summary>Staff attach a やさしい日本語 summary to a draft; an empty text removes it.</summary>
[Authorize(Roles = Roles.WardStaff + "," + Roles.Administrator), Route("/drafts")]
public sealed class EasyJapaneseController(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer t) : Controller
{
    [HttpGet("easy-japanese")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var drafts = await db.Set<Draft>().AsNoTracking().OrderByDescending(d => d.CreatedAt).ToListAsync(ct);
        var with = await db.Set<EasyJapaneseSummary>().Select(s => s.DraftId).ToListAsync(ct);
        return View(drafts.Where(d => User.CanActOnWard(d.WardId)).Select(d => new EasyJapaneseListRow(d.Id, d.Title, with.Contains(d.Id))).ToList());
    }

    [HttpGet("{id:int}/easy-japanese")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var draft = await db.Set<Draft>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null) return NotFound();
        if (!User.CanActOnWard(draft.WardId)) return Forbid();
        var summary = await db.Set<EasyJapaneseSummary>().AsNoTracking().FirstOrDefaultAsync(s => s.DraftId == id, ct);
        return View(new EasyJapaneseEditModel(id, draft.Title, new EasyJapaneseInput { Text = summary?.Text }));
    }

    [HttpPost("{id:int}/easy-japanese")]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Input")] EasyJapaneseInput input, CancellationToken ct)
    {
        var draft = await db.Set<Draft>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (draft is null) return NotFound();
        if (!User.CanActOnWard(draft.WardId)) return Forbid();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = 422;
            return View("Edit", new EasyJapaneseEditModel(id, draft.Title, input));
        }
        var text = (input.Text ?? "").Replace("\r\n", "\n").Trim();
        var summary = await db.Set<EasyJapaneseSummary>().FirstOrDefaultAsync(s => s.DraftId == id, ct);
        if (text.Length == 0)
        {
            if (summary is not null) db.Remove(summary);
            audit.Record("draft.easy-japanese-removed", "draft", id);
        }
        else
        {
            if (summary is null) db.Add(summary = new EasyJapaneseSummary { DraftId = id, Text = text });
            summary.Text = text;
            summary.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            summary.UpdatedBy = User.UserId();
            audit.Record("draft.easy-japanese-saved", "draft", id, $"chars={text.Length}");
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t[text.Length == 0 ? "EasyJa.Removed" : "EasyJa.Saved"].Value;
        return Redirect($"/drafts/{id}/easy-japanese");
    }
}
