using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Participation.Accounts.Models;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Me;

namespace Participation.Accounts.Services;

/// <summary>
/// The account's own data: profile, roles and notification choices. The account row itself is removed by
/// <see cref="PersonalDataService"/> after every module has erased its part.
/// </summary>
public sealed class AccountPersonalData(ParticipationDbContext db, UserManager<AppUser> users) : IPersonalDataHandler
{
    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken ct)
    {
        var user = await db.Set<AppUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return [];
        var roles = await users.GetRolesAsync(user);
        var prefs = await db.Set<NotificationPreference>().AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.Kind).ToListAsync(ct);
        string C(object? v) => PersonalDataSection.Cell(v);
        return
        [
            new("accounts.profile", ["id", "email", "email_confirmed", "display_name", "phone", "preferred_language", "ward_id", "roles", "created_at"],
                [[user.Id, C(user.Email), C(user.EmailConfirmed), C(user.DisplayName), C(user.PhoneNumber), user.PreferredCulture, C(user.WardId),
                  string.Join(' ', roles.Order()), C(user.CreatedAt)]]),
            new("accounts.notification_preferences", ["kind", "delivery", "updated_at"],
                prefs.Select(p => (IReadOnlyList<string>)[p.Kind, p.Delivery.ToString().ToLowerInvariant(), C(p.UpdatedAt)]).ToList()),
        ];
    }

    public async Task<int> EraseAsync(string userId, CancellationToken ct)
    {
        var prefs = await db.Set<NotificationPreference>().Where(p => p.UserId == userId).ToListAsync(ct);
        db.Set<NotificationPreference>().RemoveRange(prefs);
        return prefs.Count;
    }
}
