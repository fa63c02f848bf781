using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Mail;
using Participation.Core.Secrets;
using Participation.Consultations.Services.Intake;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services;

/// <summary>
/// Accepts a submission on any channel (web form, staff entry, API). One path, so every channel gets
/// the same checks, receipts and idempotency. Never logs personal data. Checks run in the request; the write goes
/// to the node's <see cref="SubmissionWriter"/>, which commits many submissions in one transaction.
/// </summary>
public sealed class SubmissionService(ParticipationDbContext db, DraftService drafts, IAuditLog audit, TimeProvider clock,
    IOptions<ConsultationOptions> options, PublicLinks links, SubmissionWriter writer, RecentReceipts recent,
    SectionAnchorCache anchors, RoundCache rounds, SecretSealer sealer)
{
    public async Task<SubmissionResult> SubmitAsync(int roundId, SubmissionRequest request, SubmissionContext context, CancellationToken ct)
    {
        var round = await rounds.GetAsync(db, roundId, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return new(SubmissionOutcome.NotFound);

        // A retry this node answered lately needs no query; otherwise the writer checks the unique key.
        if (context.IdempotencyKey is { } key && recent.TryGet(roundId, key, out var receipt, out var earlierId))
            return new(SubmissionOutcome.Repeated, receipt, earlierId);
        // Overloaded: refuse before spending anything more on it (the caller says "busy, send again").
        if (writer.Saturated) return new(SubmissionOutcome.Busy);

        var now = clock.GetUtcNow().UtcDateTime;
        // Staff may enter paper that arrived before the deadline even after it; residents may not.
        var receivedAt = context.ReceivedAt ?? now;
        var staffEntry = context.EnteredBy is not null;
        var open = staffEntry
            ? receivedAt >= round.OpensAt && receivedAt < round.ClosesAt.AddDays(options.Value.PaperGraceDays)
              && round.Status != RoundStatus.ResultsPublished
            : RoundLifecycle.IsOpen(round, now);
        if (!open) return new(SubmissionOutcome.RoundNotOpen);
        if (!round.Accepts(context.Channel)) return new(SubmissionOutcome.RoundNotOpen);

        var sections = await anchors.GetAsync(round.DraftId, () => SectionAnchorsAsync(round.DraftId, ct));
        var errors = SubmissionValidator.Validate(request, round, sections, options.Value, context.Channel);
        if (errors.Count > 0) return new(SubmissionOutcome.Invalid, Errors: errors);

        var secret = ReceiptNumbers.NewSecret();
        var submission = new Submission
        {
            RoundId = roundId, ReceiptNumber = ReceiptNumbers.New(roundId), Channel = context.Channel,
            Category = Enum.Parse<SubmitterCategory>(request.Category!, ignoreCase: true), WardId = request.WardId,
            ReceivedAt = receivedAt, CreatedAt = now, UserId = context.UserId, EnteredBy = context.EnteredBy,
            IdempotencyKey = context.IdempotencyKey, AccessTokenHash = ReceiptNumbers.Hash(secret),
        };
        AddOpinions(submission, request);
        var contact = new SubmitterContact
        {
            Name = Clean(request.Name), Email = Clean(request.Email), Phone = Clean(request.Phone), Address = Clean(request.Address),
        };
        // Mail and SubmissionAccepted handlers run from the outbox after the commit, not in this request.
        var mailSecret = contact.Email is null ? null : await sealer.SealAsync(OutboxProcessor.Purpose, secret, ct);
        return await writer.SubmitAsync(new PendingSubmission(submission, contact, secret, mailSecret, links.Origin(),
            System.Globalization.CultureInfo.CurrentUICulture.Name), ct);
    }

    /// <summary>Checks a submission without saving it (the web form's confirmation step).</summary>
    public async Task<SubmissionResult> CheckAsync(int roundId, SubmissionRequest request, Channel channel, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || round.Status == RoundStatus.Preparing) return new(SubmissionOutcome.NotFound);
        if (!RoundLifecycle.IsOpen(round, clock.GetUtcNow().UtcDateTime) || !round.Accepts(channel)) return new(SubmissionOutcome.RoundNotOpen);
        var errors = SubmissionValidator.Validate(request, round, await anchors.GetAsync(round.DraftId, () => SectionAnchorsAsync(round.DraftId, ct)), options.Value, channel);
        return errors.Count > 0 ? new(SubmissionOutcome.Invalid, Errors: errors) : new(SubmissionOutcome.Accepted);
    }

    /// <summary>Replaces the opinions of a submission while the round is open (correction).</summary>
    public async Task<SubmissionResult> CorrectAsync(Submission submission, SubmissionRequest request, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == submission.RoundId, ct);
        if (!RoundLifecycle.IsOpen(round, clock.GetUtcNow().UtcDateTime) || submission.Status != SubmissionStatus.Active)
            return new(SubmissionOutcome.RoundNotOpen);
        var contact = await db.Set<SubmitterContact>().FirstOrDefaultAsync(c => c.SubmissionId == submission.Id, ct);
        request.Category ??= submission.Category.ToString();
        request.Name ??= contact?.Name;
        request.Email ??= contact?.Email;
        request.Address ??= contact?.Address;
        var errors = SubmissionValidator.Validate(request, round, await SectionAnchorsAsync(round.DraftId, ct), options.Value, submission.Channel);
        if (errors.Count > 0) return new(SubmissionOutcome.Invalid, Errors: errors);
        db.RemoveRange(await db.Set<Opinion>().Where(o => o.SubmissionId == submission.Id).ToListAsync(ct));
        submission.Opinions.Clear();
        AddOpinions(submission, request);
        submission.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("submission.corrected", "submission", submission.Id);
        await db.SaveChangesAsync(ct);
        return new(SubmissionOutcome.Accepted, submission.ReceiptNumber, submission.Id);
    }

    public async Task<bool> WithdrawAsync(Submission submission, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == submission.RoundId, ct);
        if (!RoundLifecycle.IsOpen(round, clock.GetUtcNow().UtcDateTime)) return false;
        submission.Status = SubmissionStatus.Withdrawn;
        submission.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("submission.withdrawn", "submission", submission.Id);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlySet<string>> SectionAnchorsAsync(int draftId, CancellationToken ct)
    {
        var draft = await drafts.GetAsync(draftId, ct: ct);
        return draft?.Sections.Select(s => s.Anchor).ToHashSet() ?? [];
    }

    private static void AddOpinions(Submission submission, SubmissionRequest request)
    {
        var order = 0;
        foreach (var o in request.Opinions.Where(o => !string.IsNullOrWhiteSpace(o.Text)))
            submission.Opinions.Add(new Opinion
            {
                RoundId = submission.RoundId, Order = order++, Text = o.Text!.Trim(),
                Section = string.IsNullOrWhiteSpace(o.Section) ? Opinion.General : o.Section.Trim(),
            });
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
