using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>Support (賛同, once per person) and following a thread.</summary>
public sealed class ThreadActions(ParticipationDbContext db, IAuditLog audit, TimeProvider clock)
{
    /// <summary>False when this person already supports the thread.</summary>
    public async Task<bool> SupportAsync(DiscussionThread thread, string userId, CancellationToken ct)
    {
        if (await db.Set<ThreadSupport>().AnyAsync(s => s.ThreadId == thread.Id && s.UserId == userId, ct)) return false;
        db.Add(new ThreadSupport { ThreadId = thread.Id, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        thread.SupportCount++;
        audit.Record("wards.thread.supported", "wards_thread", thread.Id);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // A concurrent second click lost the race on the unique index: still supported once.
            db.ChangeTracker.Clear();
            return false;
        }
        return true;
    }

    public async Task FollowAsync(int threadId, string userId, bool follow, CancellationToken ct)
    {
        var existing = await db.Set<ThreadFollow>().FirstOrDefaultAsync(f => f.ThreadId == threadId && f.UserId == userId, ct);
        if (follow && existing is null) db.Add(new ThreadFollow { ThreadId = threadId, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        else if (!follow && existing is not null) db.Remove(existing);
        else return;
        await db.SaveChangesAsync(ct);
    }
}
