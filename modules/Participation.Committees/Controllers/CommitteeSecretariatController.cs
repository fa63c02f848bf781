using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Committees.Controllers;

/// <summary>Administrators assign secretariat users to a committee (only assigned users see its applications).</summary>
[Route("/staff/committees/{id:int}/secretariat"), Authorize(Roles = Roles.Administrator)]
public sealed class CommitteeSecretariatController(ParticipationDbContext db, UserManager<AppUser> users, IAuditLog audit, IStringLocalizer t) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Assign(int id, string? email, CancellationToken ct)
    {
        if (!await db.Set<Committee>().AnyAsync(c => c.Id == id, ct)) return NotFound();
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !await users.IsInRoleAsync(user, Roles.Secretariat))
        {
            TempData["ScopeError"] = t["Secretariat.Scope.NotSecretariat", email ?? ""].Value;
            return Redirect($"/staff/committees/{id}");
        }
        if (!await db.Set<CommitteeSecretariat>().AnyAsync(s => s.CommitteeId == id && s.UserId == user.Id, ct))
        {
            db.Add(new CommitteeSecretariat { CommitteeId = id, UserId = user.Id, Label = user.DisplayName ?? user.Email ?? user.Id });
            audit.Record("committee.secretariat.assigned", "committee", id.ToString(CultureInfo.InvariantCulture), null);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/staff/committees/{id}");
    }
}
