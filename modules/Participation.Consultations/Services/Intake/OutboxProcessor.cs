using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Events;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Does what a submission leaves for after its commit: raises <c>SubmissionAccepted</c> (clustering assignment,
/// statistics) and mails the receipt with its edit link, in the submitter's language. Returns the rows done;
/// a row that failed stays unprocessed and is tried again when its lease runs out.
/// </summary>
public sealed class OutboxProcessor(ParticipationDbContext db, IEventBus events, ReceiptMails mails, IDataProtectionProvider protection,
    ILogger<OutboxProcessor> log)
{
    public const string Purpose = "Participation.Consultations.ReceiptOutbox";

    public async Task<List<long>> ProcessAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var entries = await db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.ProcessedAt == null).OrderBy(e => e.Id).ToListAsync(ct);
        var submissionIds = entries.Select(e => e.SubmissionId).ToList();
        var submissions = await db.Set<Submission>().AsNoTracking().Include(s => s.Opinions)
            .Where(s => submissionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var emails = await db.Set<SubmitterContact>().AsNoTracking().Where(c => submissionIds.Contains(c.SubmissionId) && c.Email != null)
            .ToDictionaryAsync(c => c.SubmissionId, c => c.Email!, ct);
        var roundIds = submissions.Values.Select(s => s.RoundId).Distinct().ToList();
        var rounds = await db.Set<ConsultationRound>().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var protector = protection.CreateProtector(Purpose);

        var failed = await PublishAsync(entries, submissions, ct);
        var done = new List<long>(entries.Count);
        foreach (var entry in entries)
        {
            if (failed.Contains(entry.Id)) continue;
            try
            {
                if (submissions.TryGetValue(entry.SubmissionId, out var submission)
                    && entry.ProtectedSecret is { } secret && emails.TryGetValue(submission.Id, out var email))
                    await MailAsync(entry, email, rounds[submission.RoundId], submission.ReceiptNumber, protector.Unprotect(secret), ct);
                done.Add(entry.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Outbox row {OutboxId} (submission {SubmissionId}) failed; it will be tried again", entry.Id, entry.SubmissionId);
            }
        }
        return done;
    }

    /// <summary>
    /// Raises <c>SubmissionAccepted</c> for all rows at once (a batch handler places a whole group commit in one go);
    /// if that fails, one by one, so only the rows whose handlers fail wait for a retry. Returns those rows.
    /// </summary>
    private async Task<HashSet<long>> PublishAsync(List<SubmissionOutboxEntry> entries, Dictionary<int, Submission> submissions, CancellationToken ct)
    {
        var raised = entries.Where(e => submissions.ContainsKey(e.SubmissionId))
            .Select(e => (Entry: e, Event: Accepted(submissions[e.SubmissionId]))).ToList();
        var failed = new HashSet<long>();
        try
        {
            await events.PublishAllAsync(raised.ConvertAll(r => r.Event), ct);
            return failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Raising SubmissionAccepted for {Count} outbox rows failed; raising them one by one", raised.Count);
        }
        foreach (var (entry, accepted) in raised)
        {
            try { await events.PublishAsync(accepted, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add(entry.Id);
                log.LogWarning(ex, "Outbox row {OutboxId} (submission {SubmissionId}) failed; it will be tried again", entry.Id, entry.SubmissionId);
            }
        }
        return failed;
    }

    private static SubmissionAccepted Accepted(Submission s) =>
        new(s.RoundId, s.Id, s.Opinions.OrderBy(o => o.Order).Select(o => o.Id).ToList(), s.WardId);

    private async Task MailAsync(SubmissionOutboxEntry entry, string email, ConsultationRound round, string receipt, string secret, CancellationToken ct)
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            if (!string.IsNullOrEmpty(entry.Culture)) CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(entry.Culture);
            await mails.SendReceiptAsync(email, round, receipt, secret, ct, entry.Origin);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
