using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Consultations.Services.Staff;

/// <summary>Where an opinion is in the review: no published text yet, masked automatically, reviewed, or withheld.</summary>
public enum ReviewState { Pending, Auto, Reviewed, Withheld }

public enum ReviewDecision { Accept, Edit, Withhold, Release }

/// <summary>
/// Staff review of what is published (issue #14): accept the automatic masks, edit the published text (undo
/// a false mask, add a missed one), or withhold the opinion with a reason. Every decision is audited with
/// ids and counts only — never the text or the reason, which may hold personal data.
/// </summary>
public sealed class RedactionReview(ParticipationDbContext db, IRedactor redactor, IAuditLog audit, IOptions<ConsultationOptions> options)
{
    public const int PageSize = 20;
    public const int MaxReason = 500;

    public static ReviewState StateOf(Opinion o) =>
        o.Withheld ? ReviewState.Withheld : o.PublishedText is null ? ReviewState.Pending : o.RedactionReviewed ? ReviewState.Reviewed : ReviewState.Auto;

    public async Task<ReviewPage> ListAsync(int roundId, ReviewState? state, int page, CancellationToken ct)
    {
        var all = Active(roundId);
        var counts = await all.GroupBy(o => new { o.Withheld, Pending = o.PublishedText == null, o.RedactionReviewed })
            .Select(g => new { g.Key.Withheld, g.Key.Pending, g.Key.RedactionReviewed, Count = g.Count() }).ToListAsync(ct);
        var byState = Enum.GetValues<ReviewState>().ToDictionary(s => s, s => counts.Where(c =>
            s == ReviewState.Withheld ? c.Withheld
            : !c.Withheld && (s == ReviewState.Pending ? c.Pending : !c.Pending && c.RedactionReviewed == (s == ReviewState.Reviewed))).Sum(c => c.Count));
        var published = await all.Where(o => o.PublishedText != null && !o.Withheld).Select(o => o.PublishedText!).ToListAsync(ct);
        var kinds = published.SelectMany(RedactionMarkup.MaskKinds).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());

        var query = state switch
        {
            ReviewState.Pending => all.Where(o => !o.Withheld && o.PublishedText == null),
            ReviewState.Auto => all.Where(o => !o.Withheld && o.PublishedText != null && !o.RedactionReviewed),
            ReviewState.Reviewed => all.Where(o => !o.Withheld && o.PublishedText != null && o.RedactionReviewed),
            ReviewState.Withheld => all.Where(o => o.Withheld),
            _ => all,
        };
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await query.OrderBy(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ReviewPage(items.Select(Item).ToList(), byState, kinds, state, page, pages);
    }

    public async Task<ReviewItem?> ItemAsync(int roundId, int opinionId, CancellationToken ct) =>
        await Active(roundId).FirstOrDefaultAsync(o => o.Id == opinionId, ct) is { } o ? Item(o) : null;

    public async Task<EditResult> DecideAsync(int roundId, int opinionId, ReviewDecision decision, string? publishedText, string? reason,
        int version, CancellationToken ct)
    {
        var o = await db.Set<Opinion>().FirstOrDefaultAsync(x => x.Id == opinionId && x.RoundId == roundId, ct);
        if (o is null) return EditResult.NotFound;
        var errors = new Dictionary<string, string>();
        if (decision == ReviewDecision.Edit)
        {
            if (string.IsNullOrWhiteSpace(publishedText)) errors["PublishedText"] = "RoundStaff.Redaction.Error.TextRequired";
            else if (publishedText.Length > options.Value.MaxOpinionLength) errors["PublishedText"] = "RoundStaff.Redaction.Error.TextTooLong";
        }
        if (decision == ReviewDecision.Withhold)
        {
            if (string.IsNullOrWhiteSpace(reason)) errors["Reason"] = "RoundStaff.Redaction.Error.ReasonRequired";
            else if (reason.Length > MaxReason) errors["Reason"] = "RoundStaff.Redaction.Error.ReasonTooLong";
        }
        if (errors.Count > 0) return EditResult.Invalid(errors);
        if (o.Version != version) return EditResult.Conflict;

        string details;
        switch (decision)
        {
            case ReviewDecision.Accept:
                o.PublishedText ??= redactor.Redact(o.Text);
                o.RedactionReviewed = true;
                details = "masks=" + RedactionMarkup.MaskKinds(o.PublishedText).Count();
                break;
            case ReviewDecision.Edit:
                o.PublishedText = publishedText!.Trim().ReplaceLineEndings("\n");
                o.RedactionReviewed = true;
                details = "masks=" + RedactionMarkup.MaskKinds(o.PublishedText).Count();
                break;
            case ReviewDecision.Withhold:
                o.Withheld = true;
                o.WithheldReason = reason!.Trim();
                details = "reason-recorded";
                break;
            default:
                o.Withheld = false;
                o.WithheldReason = null;
                details = "";
                break;
        }
        db.Entry(o).Property(x => x.Version).OriginalValue = version;
        o.Version = version + 1;
        audit.Record("opinion.redaction-" + decision.ToString().ToLowerInvariant(), "opinion", o.Id, details);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict;
        }
        return EditResult.Saved;
    }

    /// <summary>Masks every opinion that has no published text yet (left unreviewed); returns how many.</summary>
    public async Task<int> RedactPendingAsync(int roundId, CancellationToken ct)
    {
        var pending = await db.Set<Opinion>().Where(o => o.RoundId == roundId && o.PublishedText == null).ToListAsync(ct);
        foreach (var o in pending)
        {
            o.PublishedText = redactor.Redact(o.Text);
            o.Version++;
        }
        audit.Record("round.redacted-pending", "round", roundId, $"opinions={pending.Count}");
        await db.SaveChangesAsync(ct);
        return pending.Count;
    }

    private ReviewItem Item(Opinion o) => new(o, StateOf(o), RedactionMarkup.Detections(o.Text, redactor.Detect(o.Text)),
        RedactionMarkup.Masks(o.PublishedText ?? redactor.Redact(o.Text)));

    private IQueryable<Opinion> Active(int roundId) =>
        db.Set<Opinion>().AsNoTracking().Where(o => o.RoundId == roundId && o.Submission.Status == SubmissionStatus.Active);
}

public sealed record ReviewItem(Opinion Opinion, ReviewState State, IReadOnlyList<TextRun> Original, IReadOnlyList<TextRun> Published);

public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, IReadOnlyDictionary<ReviewState, int> Counts,
    IReadOnlyDictionary<PiiKind, int> MasksByKind, ReviewState? State, int Page, int Pages);
