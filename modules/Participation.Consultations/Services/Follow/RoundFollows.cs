using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Follow;

/// <summary>Follow and unfollow a round. Both are idempotent: following twice keeps one follow.</summary>
public sealed class RoundFollows(ParticipationDbContext db, IAuditLog audit, TimeProvider clock)
{
    public Task<bool> IsFollowingAsync(int roundId, string userId, CancellationToken ct) =>
        db.Set<RoundFollow>().AnyAsync(f => f.RoundId == roundId && f.UserId == userId, ct);

    /// <summary>Returns whether anything changed.</summary>
    public async Task<bool> SetAsync(int roundId, string userId, bool follow, CancellationToken ct)
    {
        var existing = await db.Set<RoundFollow>().FirstOrDefaultAsync(f => f.RoundId == roundId && f.UserId == userId, ct);
        if (follow == existing is not null) return false;
        if (follow) db.Add(new RoundFollow { RoundId = roundId, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        else db.Remove(existing!);
        audit.Record(follow ? "round.followed" : "round.unfollowed", "round", roundId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (follow)
        {
            // A double click raced past the check: the unique index kept one follow, which is what was asked.
            db.ChangeTracker.Clear();
            return false;
        }
        return true;
    }
}
