using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;
using Participation.Core.Mail;
using Participation.Core.Secrets;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services;

/// <summary>
/// Accepts a submission on any channel (web form, staff entry, API). One path, so every channel gets
/// the same checks, receipts and idempotency. Never logs personal data. Checks run in the request; the write goes
/// to the node's <see cref="SubmissionWriter"/>, which commits many submissions in one transaction.
/// Rounds and section anchors come from the node's caches; only a miss opens a database context (a scope of its
/// own), so a peak's submissions lease none.
/// </summary>
public sealed class SubmissionIntake(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ConsultationOptions> options,
    PublicLinks links, SubmissionWriter writer, RecentReceipts recent, SectionAnchorCache anchors, RoundCache rounds, SecretSealer sealer,
    ReceiptNumberSource receipts)
{
    public async Task<SubmissionResult> SubmitAsync(int roundId, SubmissionRequest request, SubmissionContext context, CancellationToken ct)
    {
        var round = await rounds.GetAsync(scopes, roundId, ct);
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

        var sections = await anchors.GetAsync(round.DraftId, () => ReadSectionAnchorsAsync(round.DraftId, ct));
        var errors = SubmissionValidator.Validate(request, round, sections, options.Value, context.Channel);
        if (errors.Count > 0) return new(SubmissionOutcome.Invalid, Errors: errors);

        var secret = ReceiptNumbers.NewSecret();
        var submission = new Submission
        {
            RoundId = roundId, ReceiptNumber = receipts.Next(roundId), Channel = context.Channel,
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

    /// <summary>The anchors a submission's opinions may name: those of the draft's sections.</summary>
    internal static async Task<IReadOnlySet<string>> SectionAnchorsAsync(DraftService drafts, int draftId, CancellationToken ct)
    {
        var draft = await drafts.GetAsync(draftId, ct: ct);
        return draft?.Sections.Select(s => s.Anchor).ToHashSet() ?? [];
    }

    internal static void AddOpinions(Submission submission, SubmissionRequest request)
    {
        var order = 0;
        foreach (var o in request.Opinions.Where(o => !string.IsNullOrWhiteSpace(o.Text)))
            submission.Opinions.Add(new Opinion
            {
                RoundId = submission.RoundId, Order = order++, Text = o.Text!.Trim(),
                Section = string.IsNullOrWhiteSpace(o.Section) ? Opinion.General : o.Section.Trim(),
            });
    }

    private async Task<IReadOnlySet<string>> ReadSectionAnchorsAsync(int draftId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await SectionAnchorsAsync(scope.ServiceProvider.GetRequiredService<DraftService>(), draftId, ct);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
