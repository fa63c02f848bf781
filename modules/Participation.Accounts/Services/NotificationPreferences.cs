using Microsoft.EntityFrameworkCore;
using Participation.Accounts.Models;
using Participation.Core.Data;
using Participation.Core.Me;

namespace Participation.Accounts.Services;

/// <summary>Stored per person and kind; no row means the default, immediate mail.</summary>
public sealed class NotificationPreferences(ParticipationDbContext db, TimeProvider clock) : INotificationPreferences
{
    public async Task<NotificationDelivery> GetAsync(string userId, string kind, CancellationToken ct = default) =>
        await db.Set<NotificationPreference>().AsNoTracking()
            .Where(p => p.UserId == userId && p.Kind == kind)
            .Select(p => (NotificationDelivery?)p.Delivery).FirstOrDefaultAsync(ct) ?? NotificationDelivery.Immediate;

    public async Task<bool> WantsImmediateAsync(string userId, string kind, CancellationToken ct = default) =>
        await GetAsync(userId, kind, ct) == NotificationDelivery.Immediate;

    /// <summary>Every kind with its current choice, in the order of <see cref="NotificationKinds.All"/>.</summary>
    public async Task<IReadOnlyDictionary<string, NotificationDelivery>> GetAllAsync(string userId, CancellationToken ct)
    {
        var stored = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
        return NotificationKinds.All.ToDictionary(k => k, k => stored.FirstOrDefault(p => p.Kind == k)?.Delivery ?? NotificationDelivery.Immediate);
    }

    /// <summary>Adds or updates rows on the context; the caller saves (with its audit entry).</summary>
    public async Task SetAsync(string userId, IReadOnlyDictionary<string, NotificationDelivery> choices, CancellationToken ct)
    {
        var stored = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, delivery) in choices)
        {
            if (!NotificationKinds.All.Contains(kind)) continue;
            var row = stored.FirstOrDefault(p => p.Kind == kind);
            if (row is null) db.Set<NotificationPreference>().Add(new NotificationPreference { UserId = userId, Kind = kind, Delivery = delivery, UpdatedAt = now });
            else if (row.Delivery != delivery) { row.Delivery = delivery; row.UpdatedAt = now; }
        }
    }
}
