using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Staff;

/// <summary>Reads groups and the opinions staff still have to place (active submissions only).</summary>
public sealed class GroupQueries(ParticipationDbContext db)
{
    public const int CandidateLimit = 100;

    public async Task<IReadOnlyList<GroupRow>> GroupsAsync(int roundId, CancellationToken ct)
    {
        var counts = await ActiveOpinions(roundId).Where(o => o.GroupId != null).GroupBy(o => o.GroupId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var groups = await db.Set<OpinionGroup>().AsNoTracking().Where(g => g.RoundId == roundId).OrderBy(g => g.Order).ThenBy(g => g.Id).ToListAsync(ct);
        return groups.Select(g => new GroupRow(g, counts.GetValueOrDefault(g.Id))).ToList();
    }

    /// <summary>Opinions not yet in a group and not withheld, optionally of one section; at most <see cref="CandidateLimit"/>.</summary>
    public async Task<(IReadOnlyList<Opinion> Opinions, int Total)> UngroupedAsync(int roundId, string? section, CancellationToken ct)
    {
        var query = ActiveOpinions(roundId).Where(o => o.GroupId == null && !o.Withheld);
        if (!string.IsNullOrEmpty(section)) query = query.Where(o => o.Section == section);
        return (await query.OrderBy(o => o.Id).Take(CandidateLimit).ToListAsync(ct), await query.CountAsync(ct));
    }

    public Task<OpinionGroup?> FindAsync(int roundId, int groupId, CancellationToken ct) =>
        db.Set<OpinionGroup>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId && g.RoundId == roundId, ct);

    public async Task<IReadOnlyList<Opinion>> MembersAsync(int groupId, CancellationToken ct) =>
        await db.Set<Opinion>().AsNoTracking().Include(o => o.Submission).Where(o => o.GroupId == groupId).OrderBy(o => o.Id).ToListAsync(ct);

    public Task<Opinion?> OpinionAsync(int roundId, int opinionId, CancellationToken ct) =>
        db.Set<Opinion>().AsNoTracking().Include(o => o.Submission).FirstOrDefaultAsync(o => o.Id == opinionId && o.RoundId == roundId, ct);

    private IQueryable<Opinion> ActiveOpinions(int roundId) =>
        db.Set<Opinion>().AsNoTracking().Where(o => o.RoundId == roundId && o.Submission.Status == SubmissionStatus.Active);
}

public sealed record GroupRow(OpinionGroup Group, int Opinions)
{
    public bool Answered => !string.IsNullOrWhiteSpace(Group.Answer) && !string.IsNullOrEmpty(Group.Reflection);
}
