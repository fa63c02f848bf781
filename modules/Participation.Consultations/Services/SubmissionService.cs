using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Consultations.Services.Intake;
using Participation.Drafts.Services;

namespace Participation.Consultations.Services;

/// <summary>
/// What residents and the web form do with a submission besides sending it (<see cref="SubmissionIntake"/>): check it
/// before the confirmation step, correct or withdraw it while the round is open.
/// </summary>
public sealed class SubmissionService(ParticipationDbContext db, DraftService drafts, IAuditLog audit, TimeProvider clock,
    IOptions<ConsultationOptions> options, SectionAnchorCache anchors)
{
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
        SubmissionIntake.AddOpinions(submission, request);
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

    public Task<IReadOnlySet<string>> SectionAnchorsAsync(int draftId, CancellationToken ct) =>
        SubmissionIntake.SectionAnchorsAsync(drafts, draftId, ct);
}
