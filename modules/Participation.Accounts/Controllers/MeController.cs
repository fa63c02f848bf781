using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Participation.Core.Identity;
using Participation.Core.Me;

namespace Participation.Accounts.Controllers;

/// <summary>"My participation": everything this person did, gathered from every enabled module.</summary>
[Authorize, Route("/me")]
public sealed class MeController(UserManager<AppUser> users, IEnumerable<IParticipationRecordProvider> providers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var records = new List<ParticipationRecord>();
        foreach (var provider in providers) records.AddRange(await provider.GetForUserAsync(user.Id, ct));
        return View(new MeViewModel(user.DisplayName ?? "", user.Email ?? "", records.OrderByDescending(r => r.AtUtc).ToList()));
    }
}

public sealed record MeViewModel(string DisplayName, string Email, IReadOnlyList<ParticipationRecord> Records);
