using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Privacy;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services;

/// <summary>
/// The published results of a round, as pages and exports show them. Public text always goes through
/// the redactor, even after staff review, so a missed identifier never leaves the office.
/// Other modules (clustering, plans) may call <see cref="GroupsAsync"/>.
/// </summary>
public sealed class ResultsService(ParticipationDbContext db, IRedactor redactor, DraftService drafts,
    RoundQueries rounds, IOptions<ConsultationOptions> options)
{
    public async Task<RoundResults?> GetAsync(int roundId, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct);
        if (round is null || round.Status != RoundStatus.ResultsPublished) return null;
        var draft = await drafts.GetAsync(round.DraftId, round.FinalDraftVersion, ct);
        var groups = await GroupsAsync(roundId, ct);
        var headings = draft?.Sections.ToDictionary(s => s.Anchor, s => $"{s.Number}. {s.Heading}") ?? [];
        var sections = groups.GroupBy(g => g.Section)
            .OrderBy(g => g.Key == Opinion.General ? int.MaxValue : SectionNumber(g.Key))
            .Select(g => new SectionResults(g.Key, headings.GetValueOrDefault(g.Key), g.ToList())).ToList();
        return new RoundResults(round, draft, sections, await rounds.TotalsAsync(roundId, ct));
    }

    /// <summary>Published opinion groups with their redacted opinions, 考え方 and 反映区分.</summary>
    public async Task<IReadOnlyList<GroupResult>> GroupsAsync(int roundId, CancellationToken ct)
    {
        var groups = await db.Set<OpinionGroup>().AsNoTracking().Where(g => g.RoundId == roundId).OrderBy(g => g.Order).ThenBy(g => g.Id).ToListAsync(ct);
        var opinions = await (from o in db.Set<Opinion>().AsNoTracking()
                              join s in db.Set<Submission>() on o.SubmissionId equals s.Id
                              where o.RoundId == roundId && s.Status == SubmissionStatus.Active && o.GroupId != null
                              orderby o.Id
                              select o).ToListAsync(ct);
        var byGroup = opinions.ToLookup(o => o.GroupId);
        return groups.Select(g =>
        {
            var members = byGroup[g.Id].ToList();
            var texts = members.Where(o => !o.Withheld).Select(PublicText).ToList();
            return new GroupResult(g.Id, g.Section, redactor.Redact(g.Summary), g.Answer is null ? null : redactor.Redact(g.Answer),
                options.Value.Reflection(g.Reflection), members.Count, members.Count(o => o.Withheld), texts);
        }).ToList();
    }

    /// <summary>
    /// The text staff reviewed is published as they left it (they may have undone a false mask); anything
    /// not reviewed goes through the redactor again, so a missed identifier never leaves the office.
    /// </summary>
    private string PublicText(Opinion o) =>
        o.RedactionReviewed && o.PublishedText is not null ? o.PublishedText : redactor.Redact(o.PublishedText ?? o.Text);

    private static int SectionNumber(string anchor) =>
        int.TryParse(anchor.Replace("section-", ""), out var n) ? n : int.MaxValue - 1;
}

public sealed record RoundResults(ConsultationRound Round, DraftView? FinalDraft, IReadOnlyList<SectionResults> Sections, RoundTotals Totals);

public sealed record SectionResults(string Section, string? Heading, IReadOnlyList<GroupResult> Groups);

public sealed record GroupResult(int Id, string Section, string Summary, string? Answer, ReflectionCategory? Reflection,
    int Count, int Withheld, IReadOnlyList<string> Opinions);
