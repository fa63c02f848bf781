using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;

namespace Participation.Wards.Services;

/// <summary>
/// A nickname must not give away who the person is: it may not be their account name, their e-mail
/// or contain an "@". Returns the error key, or null when the nickname is fine.
/// </summary>
public sealed class NicknameRules(ParticipationDbContext db)
{
    public async Task<string?> CheckAsync(string userId, string nickname, CancellationToken ct)
    {
        var n = SearchText.Normalize(nickname);
        if (n.Contains('@') || n.Contains('＠')) return "Wards.Nickname.NoEmail";
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email, u.UserName }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var local = user.Email?.Split('@')[0];
        string?[] own = [user.DisplayName, user.UserName, user.Email, local];
        return own.Any(o => !string.IsNullOrEmpty(o) && SearchText.Normalize(o) == n) ? "Wards.Nickname.NotAccountName" : null;
    }
}
