using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Controllers;

/// <summary>Members of a committee, added by the secretariat (minutes and materials: <see cref="SecretariatDocumentsController"/>).</summary>
[CommitteeScope]
[Route("/staff/committees/{id:int}"), Authorize(Policy = Permissions.Manage)]
public sealed class SecretariatRecordsController(ParticipationDbContext db, IAuditLog audit) : Controller
{
    [HttpPost("members")]
    public async Task<IActionResult> AddMember(int id, string? name, string? role, bool consentToPublish, CancellationToken ct)
    {
        if (!await db.Set<Committee>().AnyAsync(c => c.Id == id, ct)) return NotFound();
        if (!string.IsNullOrWhiteSpace(name))
        {
            db.Add(new CommitteeMember { CommitteeId = id, Name = name.Trim(), Role = role?.Trim() ?? "", ConsentToPublish = consentToPublish });
            audit.Record("committee.member.added", "committee", id.ToString(CultureInfo.InvariantCulture), null);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/staff/committees/{id}");
    }
}
