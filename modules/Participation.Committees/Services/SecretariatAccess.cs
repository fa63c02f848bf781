using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;

namespace Participation.Committees.Services;

/// <summary>Loads a recruitment with its committee for staff pages (null when either is missing).</summary>
public sealed class RecruitmentLookup(ParticipationDbContext db)
{
    public async Task<(Committee Committee, Recruitment Recruitment)?> FindAsync(int recruitmentId, CancellationToken ct)
    {
        var r = await db.Set<Recruitment>().FirstOrDefaultAsync(x => x.Id == recruitmentId, ct);
        if (r is null) return null;
        var c = await db.Set<Committee>().FirstAsync(x => x.Id == r.CommitteeId, ct);
        return (c, r);
    }
}
