using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services.Staff;

/// <summary>Something that stops publication, as a localisation key with its argument.</summary>
public sealed record MissingItem(string Key, object? Argument = null, int? GroupId = null);

/// <summary>
/// Publishes a round's results (締切 → 結果公表) once it is closed, every opinion is in a group or withheld,
/// and every group has an answer (考え方) and a 反映区分. Raises <see cref="RoundResultsPublished"/>.
/// </summary>
public sealed class ResultsPublisher(ParticipationDbContext db, DraftService drafts, IAuditLog audit, IEventBus events, TimeProvider clock, RoundCache cache)
{
    public const int MaxSummary = 10_000;

    public async Task<IReadOnlyList<MissingItem>> MissingAsync(ConsultationRound round, CancellationToken ct)
    {
        var missing = new List<MissingItem>();
        var status = RoundLifecycle.Effective(round, clock.GetUtcNow().UtcDateTime);
        if (status == RoundStatus.ResultsPublished) return [new("RoundStaff.Publish.Missing.AlreadyPublished")];
        if (status != RoundStatus.Closed) missing.Add(new("RoundStaff.Publish.Missing.NotClosed"));
        var ungrouped = await db.Set<Opinion>().CountAsync(o => o.RoundId == round.Id && o.GroupId == null && !o.Withheld
            && o.Submission.Status == SubmissionStatus.Active, ct);
        if (ungrouped > 0) missing.Add(new("RoundStaff.Publish.Missing.Ungrouped", ungrouped));
        var groups = await db.Set<OpinionGroup>().AsNoTracking().Where(g => g.RoundId == round.Id).OrderBy(g => g.Order).ThenBy(g => g.Id).ToListAsync(ct);
        if (groups.Count == 0) missing.Add(new("RoundStaff.Publish.Missing.NoGroups"));
        foreach (var g in groups)
        {
            if (string.IsNullOrWhiteSpace(g.Answer)) missing.Add(new("RoundStaff.Publish.Missing.Answer", g.Summary, g.Id));
            if (string.IsNullOrEmpty(g.Reflection)) missing.Add(new("RoundStaff.Publish.Missing.Reflection", g.Summary, g.Id));
        }
        return missing;
    }

    /// <summary>Opinions that would be published with automatic masks only (not reviewed by staff); not a blocker.</summary>
    public Task<int> UnreviewedAsync(int roundId, CancellationToken ct) =>
        db.Set<Opinion>().CountAsync(o => o.RoundId == roundId && !o.Withheld && !o.RedactionReviewed && o.GroupId != null
            && o.Submission.Status == SubmissionStatus.Active, ct);

    /// <summary>Publishes, or returns what is missing (nothing changes then).</summary>
    public async Task<IReadOnlyList<MissingItem>> PublishAsync(int roundId, string? summary, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == roundId, ct);
        var missing = await MissingAsync(round, ct);
        if (missing.Count > 0) return missing;
        if (summary?.Length > MaxSummary) return [new("RoundStaff.Publish.Error.SummaryTooLong", MaxSummary)];
        round.Status = RoundStatus.ResultsPublished;
        round.ResultsPublishedAt = clock.GetUtcNow().UtcDateTime;
        if (!string.IsNullOrWhiteSpace(summary)) round.ResultSummary = summary.Trim();
        round.FinalDraftVersion ??= (await drafts.VersionNumbersAsync(round.DraftId, ct)).DefaultIfEmpty().Max() is var v && v > 0 ? v : null;
        audit.Record("round.results-published", "round", round.Id);
        await db.SaveChangesAsync(ct);
        cache.Forget(round.Id);
        await events.PublishAsync(new RoundResultsPublished(round.Id, round.WardId), ct);
        return [];
    }
}
