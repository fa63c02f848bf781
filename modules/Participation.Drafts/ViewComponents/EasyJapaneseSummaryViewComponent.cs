using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Drafts.Models;
using Participation.Drafts.ViewModels;

namespace Participation.Drafts.ViewComponents;

/// <summary>
/// The labelled やさしい日本語 box for a draft's page, with the furigana switch. Other modules' views show it
/// with <c>@await Component.InvokeAsync("EasyJapaneseSummary", new { draftId })</c>.
/// </summary>
public sealed class EasyJapaneseSummaryViewComponent(ParticipationDbContext db) : ViewComponent
{
    /// <summary>Same name as the theme's DisplayPreferences.FuriganaCookie (modules do not reference the theme).</summary>
    private const string FuriganaCookie = ".participation.furigana";

    public async Task<IViewComponentResult> InvokeAsync(int draftId)
    {
        var text = await db.Set<EasyJapaneseSummary>().AsNoTracking().Where(s => s.DraftId == draftId).Select(s => s.Text).FirstOrDefaultAsync();
        var paragraphs = text?.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var request = HttpContext.Request;
        return View(new EasyJapaneseBoxModel(paragraphs, request.Cookies[FuriganaCookie] == "on", request.Path + request.QueryString));
    }
}
