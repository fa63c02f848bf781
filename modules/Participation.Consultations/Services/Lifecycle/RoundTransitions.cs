using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// Moves a round along 準備中 → 予告 → 募集中 → 締切 and sends the "results are due" reminder.
/// Staff announce; the clock does the rest. Every move is audited, and each step is idempotent,
/// so a job that runs late, twice or after an edit of the dates does the right thing.
/// </summary>
public sealed class RoundTransitions(ParticipationDbContext db, IAuditLog audit, TimeProvider clock,
    RoundSchedule schedule, ResultsReminder reminder, IOptions<LifecycleOptions> options, RoundCache cache)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>予告: the round becomes public; opening and closing are scheduled.</summary>
    public async Task<bool> AnnounceAsync(ConsultationRound round, CancellationToken ct)
    {
        if (round.Status != RoundStatus.Preparing) return false;
        Move(round, RoundStatus.Announced, "round.announced");
        await db.SaveChangesAsync(ct);
        cache.Forget(round.Id);
        schedule.Schedule(round);
        await AdvanceAsync(round, ct);
        return true;
    }

    /// <summary>Brings the stored status up to the clock (open at OpensAt, close at ClosesAt).</summary>
    public async Task AdvanceAsync(ConsultationRound round, CancellationToken ct)
    {
        var now = Now;
        if (round.Status == RoundStatus.Announced && now >= round.OpensAt) Move(round, RoundStatus.Open, "round.opened");
        if (round.Status == RoundStatus.Open && now >= round.ClosesAt) Move(round, RoundStatus.Closed, "round.closed");
        await db.SaveChangesAsync(ct);
        cache.Forget(round.Id); // after the commit: a submission reading the round meanwhile cannot cache the old status
    }

    /// <summary>Mails the round's staff once when the results are overdue.</summary>
    public async Task RemindIfDueAsync(ConsultationRound round, CancellationToken ct)
    {
        if (round.Status != RoundStatus.Closed || round.ResultsReminderSentAt is not null) return;
        if (Now < ResultsDueAt(round)) return;
        round.ResultsReminderSentAt = Now;
        audit.Record("round.results-reminder", "round", round.Id);
        await db.SaveChangesAsync(ct);
        await reminder.SendAsync(round, ResultsDueAt(round), ct);
    }

    /// <summary>Every round the clock has overtaken: the recurring job's safety net.</summary>
    public async Task ReconcileAsync(CancellationToken ct)
    {
        var now = Now;
        var dueBefore = now.AddDays(-options.Value.ResultsDueDays);
        var rounds = await db.Set<ConsultationRound>()
            .Where(r => (r.Status == RoundStatus.Announced && r.OpensAt <= now)
                || (r.Status == RoundStatus.Open && r.ClosesAt <= now)
                || (r.Status == RoundStatus.Closed && r.ResultsReminderSentAt == null && r.ClosesAt <= dueBefore))
            .ToListAsync(ct);
        foreach (var round in rounds)
        {
            await AdvanceAsync(round, ct);
            await RemindIfDueAsync(round, ct);
        }
    }

    public DateTime ResultsDueAt(ConsultationRound round) => round.ClosesAt.AddDays(options.Value.ResultsDueDays);

    private void Move(ConsultationRound round, RoundStatus to, string action)
    {
        var from = round.Status;
        round.Status = to;
        audit.Record(action, "round", round.Id, $"from={from};to={to}");
    }
}
