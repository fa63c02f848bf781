using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Committees.Services;

/// <summary>
/// Which committees a staff user may manage: administrators all; a secretariat user only the committees an
/// administrator assigned them to (or that they created).
/// </summary>
public sealed class SecretariatScope(ParticipationDbContext db)
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    public Task<bool> CommitteeAsync(ClaimsPrincipal user, int committeeId, CancellationToken ct) =>
        SeesAll(user) ? Task.FromResult(true)
            : db.Set<CommitteeSecretariat>().AnyAsync(s => s.CommitteeId == committeeId && s.UserId == user.UserId(), ct);

    public async Task<bool> RecruitmentAsync(ClaimsPrincipal user, int recruitmentId, CancellationToken ct)
    {
        var committeeId = await db.Set<Recruitment>().Where(r => r.Id == recruitmentId).Select(r => (int?)r.CommitteeId).FirstOrDefaultAsync(ct);
        return committeeId is null || await CommitteeAsync(user, committeeId.Value, ct); // a missing one is a 404 later
    }

    public async Task<bool> RunAsync(ClaimsPrincipal user, int runId, CancellationToken ct)
    {
        var recruitmentId = await db.Set<SelectionRun>().Where(r => r.Id == runId).Select(r => (int?)r.RecruitmentId).FirstOrDefaultAsync(ct);
        return recruitmentId is null || await RecruitmentAsync(user, recruitmentId.Value, ct);
    }

    /// <summary>Committee ids the user may see in lists (null = all).</summary>
    public async Task<HashSet<int>?> VisibleCommitteesAsync(ClaimsPrincipal user, CancellationToken ct) =>
        SeesAll(user) ? null
            : (await db.Set<CommitteeSecretariat>().Where(s => s.UserId == user.UserId()).Select(s => s.CommitteeId).ToListAsync(ct)).ToHashSet();
}
