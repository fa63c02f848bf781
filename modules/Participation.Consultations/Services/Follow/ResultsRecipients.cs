using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Follow;

/// <summary>
/// Someone to tell that a round's results are out: a submitter who left an address, or a follower.
/// <see cref="UserId"/> is set when the person has an account (their notification preferences then apply).
/// </summary>
public sealed record ResultsRecipient(string Email, string? UserId, string? Culture, bool Follower);

/// <summary>Everyone to tell about a round's results, one entry per address (a submitter who also follows gets one mail).</summary>
public sealed class ResultsRecipients(ParticipationDbContext db)
{
    public async Task<IReadOnlyList<ResultsRecipient>> ForRoundAsync(int roundId, CancellationToken ct)
    {
        var submitters = await (from c in db.Set<SubmitterContact>().AsNoTracking()
                                join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                where s.RoundId == roundId && s.Status == SubmissionStatus.Active && c.Email != null
                                orderby s.Id
                                select new { Email = c.Email!, s.UserId }).ToListAsync(ct);
        var followerIds = await db.Set<RoundFollow>().AsNoTracking().Where(f => f.RoundId == roundId).Select(f => f.UserId).ToListAsync(ct);
        var userIds = submitters.Where(s => s.UserId != null).Select(s => s.UserId!).Concat(followerIds).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.PreferredCulture }).ToDictionaryAsync(u => u.Id, ct);

        var list = new List<ResultsRecipient>();
        foreach (var s in submitters)
            list.Add(new(s.Email.Trim(), s.UserId, s.UserId is { } id && users.TryGetValue(id, out var u) ? u.PreferredCulture : null, false));
        foreach (var id in followerIds)
            if (users.TryGetValue(id, out var u) && u.EmailConfirmed && !string.IsNullOrWhiteSpace(u.Email))
                list.Add(new(u.Email.Trim(), id, u.PreferredCulture, true));
        return list.Where(r => r.Email.Length > 0)
            .GroupBy(r => r.Email.ToLowerInvariant())
            // A signed-in submitter's own preferences win over an anonymous copy of the same address.
            .Select(g => g.OrderBy(r => r.UserId is null).First())
            .ToList();
    }
}
