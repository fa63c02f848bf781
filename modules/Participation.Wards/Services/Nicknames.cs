using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>The nickname each resident shows on discussions; remembered so forms can offer it again.</summary>
public sealed class Nicknames(ParticipationDbContext db)
{
    public async Task<string?> GetAsync(string userId, CancellationToken ct) =>
        (await db.Set<ResidentNickname>().AsNoTracking().FirstOrDefaultAsync(n => n.UserId == userId, ct))?.Nickname;

    /// <summary>Stores the nickname (added to the current unit of work).</summary>
    public async Task RememberAsync(string userId, string nickname, CancellationToken ct)
    {
        var row = await db.Set<ResidentNickname>().FirstOrDefaultAsync(n => n.UserId == userId, ct);
        if (row is null) db.Add(new ResidentNickname { UserId = userId, Nickname = nickname });
        else row.Nickname = nickname;
    }
}
