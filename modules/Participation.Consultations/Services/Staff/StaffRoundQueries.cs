using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Identity;

namespace Participation.Consultations.Services.Staff;

/// <summary>The rounds a staff member may work on, with the figures that tell what is left to do.</summary>
public sealed class StaffRoundQueries(ParticipationDbContext db, RoundQueries rounds)
{
    public async Task<IReadOnlyList<StaffRoundRow>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var query = db.Set<ConsultationRound>().AsNoTracking();
        if (!StaffRoundAccess.SeesAll(user))
        {
            var ward = user.WardId();
            query = query.Where(r => r.WardId == null || (ward != null && r.WardId == ward));
        }
        var list = await query.OrderByDescending(r => r.OpensAt).ToListAsync(ct);
        var ids = list.Select(r => r.Id).ToList();
        var subs = await db.Set<Submission>().Where(s => ids.Contains(s.RoundId) && s.Status == SubmissionStatus.Active)
            .GroupBy(s => s.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var opinions = await (from o in db.Set<Opinion>()
                              join s in db.Set<Submission>() on o.SubmissionId equals s.Id
                              where ids.Contains(o.RoundId) && s.Status == SubmissionStatus.Active
                              group o by o.RoundId into g
                              select new { g.Key, Count = g.Count(), Ungrouped = g.Count(o => o.GroupId == null && !o.Withheld) })
            .ToDictionaryAsync(x => x.Key, ct);
        var unanswered = await db.Set<OpinionGroup>().Where(g => ids.Contains(g.RoundId) && (g.Answer == null || g.Answer == "" || g.Reflection == null))
            .GroupBy(g => g.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var wards = await rounds.WardNamesAsync(ct);
        return list.Select(r => new StaffRoundRow(r, RoundLifecycle.Effective(r, rounds.Now), StaffRoundAccess.For(user, r),
            r.WardId is { } w ? wards.GetValueOrDefault(w) : null, subs.GetValueOrDefault(r.Id),
            opinions.TryGetValue(r.Id, out var o) ? o.Count : 0, o?.Ungrouped ?? 0, unanswered.GetValueOrDefault(r.Id))).ToList();
    }
}

public sealed record StaffRoundRow(ConsultationRound Round, RoundStatus Status, RoundAccess Access, string? WardName,
    int Submissions, int Opinions, int Ungrouped, int UnansweredGroups);
