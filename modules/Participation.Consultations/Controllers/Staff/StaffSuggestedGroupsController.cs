using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Participation.Consultations.Services;
using Participation.Consultations.Services.Staff;
using Participation.Consultations.ViewComponents;
using Participation.Consultations.ViewModels.Staff;
using Participation.Core.Identity;
using Participation.Drafts.Services;

namespace Participation.Consultations.Controllers.Staff;

/// <summary>
/// Makes an opinion group from a suggested topic in one step: the topic's opinions that are still ungrouped (read
/// again now, so nothing grouped meanwhile is moved), under the summary staff typed. The Clustering module is told
/// which group came from which topic. Same access as the grouping screen.
/// </summary>
[Route("/staff/rounds/{id:int}/groups/from-topic"), Authorize(Policy = Permissions.ManageRounds)]
public sealed class StaffSuggestedGroupsController(RoundQueries rounds, SuggestedGroups suggestions, OpinionGrouping grouping, GroupQueries groups,
    DraftService drafts, IOptions<ConsultationOptions> options, IStringLocalizer t) : StaffRoundControllerBase(rounds)
{
    [HttpPost("")]
    public async Task<IActionResult> Create(int id, [FromForm] int clusterId, [FromForm] string? summary, CancellationToken ct)
    {
        var (round, denied) = await LoadAsync(id, RoundAccess.Full, ct);
        if (denied is not null) return denied;
        var topic = await suggestions.TopicAsync(id, clusterId, ct);
        if (topic is null) return NotFound();
        if (topic.OpinionIds.Count == 0)
        {
            TempData["Flash"] = t["SuggestedGroups.NothingLeft"].Value;
            return Redirect($"/staff/rounds/{id}/groups");
        }
        var result = await grouping.CreateAsync(id, topic.Section, summary, topic.OpinionIds, ct);
        if (result.Outcome == EditOutcome.Saved)
        {
            await suggestions.Source!.RecordGroupAsync(id, clusterId, result.Id!.Value, topic.OpinionIds.Count, User.UserId(), ct);
            TempData["Flash"] = t["SuggestedGroups.Created", topic.OpinionIds.Count].Value;
            return Redirect($"/staff/rounds/{id}/groups/{result.Id}");
        }
        // Show the grouping screen again with the summary as typed and the message beside it.
        ViewData[StaffSuggestedGroupKeys.ClusterId] = clusterId;
        ViewData[StaffSuggestedGroupKeys.Summary] = summary;
        ViewData[StaffSuggestedGroupKeys.Error] = t[result.Errors!.Values.First(), OpinionGrouping.MaxSummary].Value;
        ModelState.AddModelError("", t["SuggestedGroups.Refused"].Value);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var (ungrouped, total) = await groups.UngroupedAsync(id, null, ct);
        return View("~/Views/StaffGroups/Index.cshtml", new StaffGroupsViewModel(round!, await drafts.GetAsync(round!.DraftId, ct: ct),
            await groups.GroupsAsync(id, ct), ungrouped, total, null, options.Value.Reflections, null));
    }
}
