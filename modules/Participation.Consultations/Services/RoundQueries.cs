using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Cities;
using Participation.Core.Data;

namespace Participation.Consultations.Services;

/// <summary>Reads rounds for public pages, staff screens and other modules.</summary>
public sealed class RoundQueries(ParticipationDbContext db, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<RoundSummary>> ListPublicAsync(int? wardId, CancellationToken ct)
    {
        var query = db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Status != RoundStatus.Preparing);
        if (wardId is not null) query = query.Where(r => r.WardId == wardId || r.WardId == null);
        var rounds = await query.OrderByDescending(r => r.OpensAt).ToListAsync(ct);
        var counts = await SubmissionCountsAsync(ct);
        var wards = await WardNamesAsync(ct);
        return rounds.Select(r => new RoundSummary(r, RoundLifecycle.Effective(r, Now),
            r.WardId is { } w ? wards.GetValueOrDefault(w) : null, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public Task<ConsultationRound?> FindAsync(int id, CancellationToken ct) =>
        db.Set<ConsultationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<Dictionary<int, string>> WardNamesAsync(CancellationToken ct) =>
        await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToDictionaryAsync(w => w.Id, w => w.Name, ct);

    public async Task<IReadOnlyList<Ward>> WardsAsync(CancellationToken ct) =>
        await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct);

    private async Task<Dictionary<int, int>> SubmissionCountsAsync(CancellationToken ct) =>
        await db.Set<Submission>().Where(s => s.Status == SubmissionStatus.Active)
            .GroupBy(s => s.RoundId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>Submissions and opinions by channel, category and ward (no personal data).</summary>
    public async Task<RoundTotals> TotalsAsync(int roundId, CancellationToken ct)
    {
        var subs = await db.Set<Submission>().AsNoTracking().Where(s => s.RoundId == roundId && s.Status == SubmissionStatus.Active)
            .Select(s => new { s.Channel, s.Category, s.WardId, Opinions = s.Opinions.Count }).ToListAsync(ct);
        var wards = await WardNamesAsync(ct);
        return new RoundTotals(subs.Count, subs.Sum(s => s.Opinions),
            subs.GroupBy(s => s.Channel).OrderBy(g => g.Key).Select(g => new TotalRow(g.Key.ToString(), g.Count(), g.Sum(x => x.Opinions))).ToList(),
            subs.GroupBy(s => s.Category).OrderBy(g => g.Key).Select(g => new TotalRow(g.Key.ToString(), g.Count(), g.Sum(x => x.Opinions))).ToList(),
            subs.GroupBy(s => s.WardId).OrderBy(g => g.Key ?? int.MaxValue)
                .Select(g => new TotalRow(g.Key is { } w ? wards.GetValueOrDefault(w, "") : "", g.Count(), g.Sum(x => x.Opinions))).ToList());
    }
}

public sealed record RoundSummary(ConsultationRound Round, RoundStatus Status, string? WardName, int Submissions);

public sealed record RoundTotals(int Submissions, int Opinions, IReadOnlyList<TotalRow> ByChannel,
    IReadOnlyList<TotalRow> ByCategory, IReadOnlyList<TotalRow> ByWard);

/// <summary>One row of a breakdown. For wards, an empty label means "outside the city / unknown".</summary>
public sealed record TotalRow(string Label, int Submissions, int Opinions);
