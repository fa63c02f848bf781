using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Setup;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Lifecycle;

public enum DeadlineOutcome { Changed, Invalid, NotOpen }

/// <summary>The closing-date change form: the new date and time (Tokyo) and why.</summary>
public sealed class DeadlineForm
{
    public const int MaxReason = 1000;

    public string? ClosesAt { get; set; }
    /// <summary>Why the period changes; published on the round's page.</summary>
    public string? Reason { get; set; }
    /// <summary>Needed when the whole period ends up shorter than the minimum (recorded like a short period at set-up).</summary>
    public string? ShortPeriodReason { get; set; }
}

/// <summary>
/// Changes the closing date of a round that is open (募集期間の延長): usually a later date; an earlier one only if the
/// period stays at the minimum or a reason for the short period is recorded, and never in the past. Each change is
/// kept with its reason for the public notice, audited, and the closing job is scheduled again.
/// </summary>
public sealed class RoundDeadlines(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, RoundSchedule schedule,
    IOptions<ConsultationOptions> options)
{
    public int MinimumPeriodDays => options.Value.MinimumPeriodDays;

    public static bool CanChange(ConsultationRound round, DateTime now) => RoundLifecycle.Effective(round, now) == RoundStatus.Open;

    public Task<List<RoundDeadlineChange>> ChangesAsync(int roundId, CancellationToken ct) =>
        db.Set<RoundDeadlineChange>().AsNoTracking().Where(c => c.RoundId == roundId).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task<(DeadlineOutcome Outcome, Dictionary<string, FieldError> Errors)> ChangeAsync(ConsultationRound round, DeadlineForm form,
        string? userId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, FieldError>();
        if (!CanChange(round, now)) return (DeadlineOutcome.NotOpen, errors);
        var closes = RoundSetupValidator.Parse(form.ClosesAt);
        if (string.IsNullOrWhiteSpace(form.Reason)) errors[nameof(form.Reason)] = new("RoundDeadline.Error.Reason");
        else if (form.Reason.Length > DeadlineForm.MaxReason) errors[nameof(form.Reason)] = new("Submit.Error.TooLong", DeadlineForm.MaxReason);
        if (form.ShortPeriodReason?.Length > DeadlineForm.MaxReason) errors[nameof(form.ShortPeriodReason)] = new("Submit.Error.TooLong", DeadlineForm.MaxReason);
        if (closes is null) errors[nameof(form.ClosesAt)] = new("Lifecycle.Setup.Error.Date");
        else if (closes <= now) errors[nameof(form.ClosesAt)] = new("RoundDeadline.Error.Past");
        else if (closes == round.ClosesAt) errors[nameof(form.ClosesAt)] = new("RoundDeadline.Error.Same");
        else if ((closes.Value - round.OpensAt).TotalDays < MinimumPeriodDays && string.IsNullOrWhiteSpace(form.ShortPeriodReason)
            && string.IsNullOrWhiteSpace(round.ShortPeriodReason))
            errors[nameof(form.ShortPeriodReason)] = new("Lifecycle.Setup.Error.ShortPeriod", MinimumPeriodDays);
        if (errors.Count > 0) return (DeadlineOutcome.Invalid, errors);

        var change = new RoundDeadlineChange
        {
            RoundId = round.Id, PreviousClosesAt = round.ClosesAt, NewClosesAt = closes!.Value, Reason = form.Reason!.Trim(),
            ChangedAt = now, ChangedBy = userId,
        };
        db.Add(change);
        round.ClosesAt = closes.Value;
        if (!string.IsNullOrWhiteSpace(form.ShortPeriodReason)) round.ShortPeriodReason = form.ShortPeriodReason.Trim();
        audit.Record("round.deadline-changed", "round", round.Id,
            $"from={change.PreviousClosesAt:yyyy-MM-ddTHH:mm}Z;to={change.NewClosesAt:yyyy-MM-ddTHH:mm}Z;{(closes > change.PreviousClosesAt ? "extended" : "shortened")}");
        await db.SaveChangesAsync(ct);
        schedule.Schedule(round);
        return (DeadlineOutcome.Changed, errors);
    }
}
