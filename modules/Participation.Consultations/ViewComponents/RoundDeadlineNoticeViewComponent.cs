using Microsoft.AspNetCore.Mvc;
using Participation.Consultations.Services.Lifecycle;

namespace Participation.Consultations.ViewComponents;

/// <summary>The public notice on a round's page that its closing date changed, with when, from what and why.</summary>
public sealed class RoundDeadlineNoticeViewComponent(RoundDeadlines deadlines) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int roundId) =>
        View(await deadlines.ChangesAsync(roundId, HttpContext.RequestAborted));
}
