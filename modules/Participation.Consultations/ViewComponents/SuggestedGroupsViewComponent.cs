using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewModels.Staff;

namespace Participation.Consultations.ViewComponents;

/// <summary>
/// The "suggested groups" box of the staff grouping screen. A refused "make a group from this topic" post leaves the
/// typed summary and its message in ViewData (<see cref="Controllers.Staff.StaffSuggestedGroupsController"/>).
/// </summary>
public sealed class SuggestedGroupsViewComponent(SuggestedGroups suggestions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(StaffGroupsViewModel page) =>
        await suggestions.ForRoundAsync(page.Round.Id, HttpContext.RequestAborted) is { } view
            ? View(new SuggestedGroupsModel(page, view, ViewData[StaffSuggestedGroupKeys.ClusterId] as int?,
                ViewData[StaffSuggestedGroupKeys.Summary] as string, ViewData[StaffSuggestedGroupKeys.Error] as string))
            : Content("");
}

public sealed record SuggestedGroupsModel(StaffGroupsViewModel Page, SuggestedGroupsView View, int? FailedClusterId, string? TypedSummary, string? Error);

public static class StaffSuggestedGroupKeys
{
    public const string ClusterId = "SuggestedGroups.ClusterId";
    public const string Summary = "SuggestedGroups.Summary";
    public const string Error = "SuggestedGroups.Error";
}
