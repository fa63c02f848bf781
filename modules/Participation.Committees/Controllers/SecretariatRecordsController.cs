using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Time;

namespace Participation.Committees.Controllers;

/// <summary>Members and minutes/materials of a committee, added by the secretariat.</summary>
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

    [HttpPost("documents")]
    public async Task<IActionResult> AddDocument(int id, string? title, DateOnly? heldOn, string? markdown, CancellationToken ct)
    {
        if (!await db.Set<Committee>().AnyAsync(c => c.Id == id, ct)) return NotFound();
        if (!string.IsNullOrWhiteSpace(title) && heldOn is { } day)
        {
            db.Add(new CommitteeDocument { CommitteeId = id, Title = title.Trim(), Markdown = markdown ?? "", HeldOnUtc = TokyoTime.StartOfDay(day) });
            audit.Record("committee.document.added", "committee", id.ToString(CultureInfo.InvariantCulture), null);
            await db.SaveChangesAsync(ct);
        }
        return Redirect($"/staff/committees/{id}");
    }
}
