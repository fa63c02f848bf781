using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Consultations.Services;
using Participation.Core.Cities;
using Participation.Core.Data;

namespace Participation.Consultations.GraphQL;

/// <summary>
/// Rounds for one GraphQL request. Counts and wards are read once for all rounds (no query per row);
/// rounds in preparation never leave here, and opinion groups only once results are published.
/// </summary>
public sealed class RoundGraphData(ParticipationDbContext db, RoundQueries rounds, ResultsService results)
{
    private Dictionary<int, (int Submissions, int Opinions)>? counts;
    private Dictionary<int, Ward>? wards;

    public async Task<IReadOnlyList<RoundGraph>> ListAsync(RoundStatus? status, int? wardId, CancellationToken ct)
    {
        var query = db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Status != RoundStatus.Preparing);
        if (wardId is not null) query = query.Where(r => r.WardId == wardId);
        var list = await query.OrderByDescending(r => r.OpensAt).ThenByDescending(r => r.Id).ToListAsync(ct);
        return list.Select(Visible).Where(r => status is null || r.Status == status).ToList();
    }

    public async Task<RoundGraph?> FindAsync(int id, CancellationToken ct)
    {
        var round = await rounds.FindAsync(id, ct);
        return round is null || round.Status == RoundStatus.Preparing ? null : Visible(round);
    }

    public async Task<(int Submissions, int Opinions)> CountsAsync(int roundId, CancellationToken ct)
    {
        counts ??= (await db.Set<Submission>().AsNoTracking().Where(s => s.Status == SubmissionStatus.Active)
                .GroupBy(s => s.RoundId)
                .Select(g => new { g.Key, Submissions = g.Count(), Opinions = g.Sum(s => s.Opinions.Count) })
                .ToListAsync(ct))
            .ToDictionary(x => x.Key, x => (x.Submissions, x.Opinions));
        return counts.GetValueOrDefault(roundId);
    }

    public async Task<Ward?> WardAsync(int? wardId, CancellationToken ct)
    {
        if (wardId is null) return null;
        wards ??= (await rounds.WardsAsync(ct)).ToDictionary(w => w.Id);
        return wards.GetValueOrDefault(wardId.Value);
    }

    /// <summary>Published groups (redacted by <see cref="ResultsService"/>); empty before results are out.</summary>
    public async Task<IReadOnlyList<OpinionGroupGraph>> GroupsAsync(RoundGraph round, CancellationToken ct)
    {
        if (round.Status != RoundStatus.ResultsPublished) return [];
        var groups = await results.GroupsAsync(round.Round.Id, ct);
        return groups.Select(g => new OpinionGroupGraph(g, round.Round.DraftId, round.Round.FinalDraftVersion)).ToList();
    }

    private RoundGraph Visible(ConsultationRound round) => new(round, RoundLifecycle.Effective(round, rounds.Now));
}

/// <summary>A public round and the status it has now (the clock decides before the jobs run).</summary>
public sealed record RoundGraph(ConsultationRound Round, RoundStatus Status);

/// <summary>A published opinion group, with what is needed to name its draft section.</summary>
public sealed record OpinionGroupGraph(GroupResult Group, int DraftId, int? DraftVersion);
