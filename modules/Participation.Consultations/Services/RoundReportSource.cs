using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Consultations;
using Participation.Core.Data;
using Participation.Core.Time;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services;

/// <summary>
/// Councillor report data for the summaries module: counts and redacted opinion groups only. Names,
/// addresses and receipt numbers never leave this class; answers only once the results are published.
/// </summary>
public sealed class RoundReportSource(ParticipationDbContext db, RoundQueries rounds, ResultsService results, DraftService drafts)
    : IRoundReportSource
{
    public async Task<IReadOnlyList<RoundReportListing>> ListAsync(RoundReportFilter filter, CancellationToken ct)
    {
        var query = db.Set<ConsultationRound>().AsNoTracking().Where(r => r.Status != RoundStatus.Preparing);
        if (filter.WardId is { } ward) query = query.Where(r => r.WardId == ward || (filter.IncludeCityWide && r.WardId == null));
        if (filter.FromUtc is { } from) query = query.Where(r => r.ClosesAt >= from);
        if (filter.ToUtc is { } to) query = query.Where(r => r.OpensAt < to);
        var list = await query.OrderByDescending(r => r.OpensAt).ToListAsync(ct);
        var ids = list.Select(r => r.Id).ToList();
        var counts = await db.Set<Submission>().AsNoTracking()
            .Where(s => ids.Contains(s.RoundId) && s.Status == SubmissionStatus.Active)
            .GroupBy(s => s.RoundId).Select(g => new { g.Key, Subs = g.Count(), Ops = g.Sum(s => s.Opinions.Count) })
            .ToDictionaryAsync(x => x.Key, ct);
        var wards = await rounds.WardNamesAsync(ct);
        return list.Select(r => Listing(r, wards, counts.TryGetValue(r.Id, out var c) ? (c.Subs, c.Ops) : (0, 0))).ToList();
    }

    public async Task<RoundReport?> GetAsync(int roundId, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return null;
        var totals = await rounds.TotalsAsync(roundId, ct);
        var wards = await rounds.WardNamesAsync(ct);
        var published = round.Status == RoundStatus.ResultsPublished;
        var draft = await drafts.GetAsync(round.DraftId, published ? round.FinalDraftVersion : null, ct);
        var headings = draft?.Sections.ToDictionary(s => s.Anchor, s => $"{s.Number}. {s.Heading}") ?? [];

        var subs = await db.Set<Submission>().AsNoTracking().Where(s => s.RoundId == roundId && s.Status == SubmissionStatus.Active)
            .Select(s => new { s.WardId, Opinions = s.Opinions.Count }).ToListAsync(ct);
        var byWard = subs.GroupBy(s => s.WardId).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new ReportCount(g.Key?.ToString() ?? "", g.Key is { } w ? wards.GetValueOrDefault(w) : null, g.Count(), g.Sum(x => x.Opinions))).ToList();
        var sections = await (from o in db.Set<Opinion>().AsNoTracking()
                              join s in db.Set<Submission>() on o.SubmissionId equals s.Id
                              where o.RoundId == roundId && s.Status == SubmissionStatus.Active
                              group o by o.Section into g
                              select new { g.Key, Subs = g.Select(o => o.SubmissionId).Distinct().Count(), Ops = g.Count() }).ToListAsync(ct);
        var bySection = sections.OrderBy(s => s.Key == Opinion.General ? int.MaxValue : SectionOrder(s.Key))
            .Select(s => new ReportCount(s.Key, headings.GetValueOrDefault(s.Key), s.Subs, s.Ops)).ToList();

        var groups = (await results.GroupsAsync(roundId, ct))
            .OrderBy(g => g.Section == Opinion.General ? int.MaxValue : SectionOrder(g.Section))
            .Select(g => new ReportOpinionGroup(g.Section, headings.GetValueOrDefault(g.Section), g.Summary, g.Count,
                published ? g.Answer : null, published ? g.Reflection?.Code : null, published ? g.Reflection?.Ja : null,
                g.Opinions.Take(3).ToList())).ToList();
        var byReflection = groups.Where(g => g.ReflectionCode is not null).GroupBy(g => g.ReflectionCode!).OrderBy(g => g.Key)
            .Select(g => new ReportCount(g.Key, g.First().ReflectionLabel, g.Count(), g.Sum(x => x.Count))).ToList();

        var listing = Listing(round, wards, (totals.Submissions, totals.Opinions));
        return new RoundReport(listing, published ? round.ResultSummary : null,
            totals.ByChannel.Select(r => Count(r)).ToList(), totals.ByCategory.Select(r => Count(r)).ToList(),
            byWard, bySection, byReflection, groups);
    }

    public async Task<IReadOnlyList<ReportCount>> MonthlyAsync(RoundReportFilter filter, CancellationToken ct)
    {
        var ids = (await ListAsync(filter with { FromUtc = null, ToUtc = null }, ct)).Select(r => r.Id).ToList();
        var query = db.Set<Submission>().AsNoTracking().Where(s => ids.Contains(s.RoundId) && s.Status == SubmissionStatus.Active);
        if (filter.FromUtc is { } from) query = query.Where(s => s.ReceivedAt >= from);
        if (filter.ToUtc is { } to) query = query.Where(s => s.ReceivedAt < to);
        var received = await query.Select(s => new { s.ReceivedAt, Opinions = s.Opinions.Count }).ToListAsync(ct);
        return received.GroupBy(s => TokyoTime.ToTokyo(s.ReceivedAt).ToString("yyyy-MM"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportCount(g.Key, null, g.Count(), g.Sum(x => x.Opinions))).ToList();
    }

    private RoundReportListing Listing(ConsultationRound r, Dictionary<int, string> wards, (int Subs, int Ops) counts) =>
        new(r.Id, r.Title, RoundLifecycle.Effective(r, rounds.Now).ToString().ToLowerInvariant(), r.WardId,
            r.WardId is { } w ? wards.GetValueOrDefault(w) : null, r.Department, r.OpensAt, r.ClosesAt, r.ResultsPublishedAt,
            counts.Subs, counts.Ops);

    private static ReportCount Count(TotalRow row) => new(row.Label.ToLowerInvariant(), null, row.Submissions, row.Opinions);

    private static int SectionOrder(string anchor) =>
        int.TryParse(anchor.Replace("section-", ""), out var n) ? n : int.MaxValue - 1;
}
