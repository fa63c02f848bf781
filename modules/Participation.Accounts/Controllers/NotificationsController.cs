using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Participation.Accounts.Services;
using Participation.Accounts.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Me;

namespace Participation.Accounts.Controllers;

/// <summary>Mail per kind of notice: immediately, in a daily digest, or not at all.</summary>
[Authorize, Route("/me/notifications")]
public sealed class NotificationsController(NotificationPreferences prefs, IAuditLog audit, ParticipationDbContext db, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new NotificationsViewModel(await prefs.GetAllAsync(User.UserId()!, ct)));

    [HttpPost("")]
    public async Task<IActionResult> Save(CancellationToken ct)
    {
        var userId = User.UserId()!;
        var choices = new Dictionary<string, NotificationDelivery>();
        foreach (var kind in NotificationKinds.All)
            if (Enum.TryParse<NotificationDelivery>(Request.Form[kind].ToString(), ignoreCase: true, out var d) && Enum.IsDefined(d)) choices[kind] = d;
        await prefs.SetAsync(userId, choices, ct);
        audit.Record("user.notifications-changed", "user", userId,
            string.Join(',', choices.Select(c => $"{c.Key}={c.Value.ToString().ToLowerInvariant()}")));
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Notifications.Saved"].Value;
        return Redirect("/me/notifications");
    }
}
