using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Core.Mail;

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
        // Id lists as one array parameter each (see BatchCommit). The rows are found by key, then the processed ones
        // dropped here: "ProcessedAt IS NULL" in SQL would lead SQLite to scan every unprocessed row instead.
        var idList = ids.ToList();
        var entries = (await db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .Where(e => EF.Parameter(idList).Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct)).FindAll(e => e.ProcessedAt == null);
        var submissionIds = entries.Select(e => e.SubmissionId).ToList();
        // Only what the event and the mail need (not the opinions' texts).
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => EF.Parameter(submissionIds).Contains(s.Id))
            .Select(s => new Written(s.Id, s.RoundId, s.WardId, s.ReceiptNumber, s.Opinions.OrderBy(o => o.Order).Select(o => o.Id).ToList()))
            .ToDictionaryAsync(s => s.Id, ct);
        var emails = await db.Set<SubmitterContact>().AsNoTracking().Where(c => EF.Parameter(submissionIds).Contains(c.SubmissionId) && c.Email != null)
            .ToDictionaryAsync(c => c.SubmissionId, c => c.Email!, ct);
        var roundIds = submissions.Values.Select(s => s.RoundId).Distinct().ToList();
        var rounds = await db.Set<ConsultationRound>().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var protector = protection.CreateProtector(Purpose);

        var failed = await PublishAsync(entries, submissions, ct);
        var done = new List<long>(entries.Count);
        var receipts = new List<(SubmissionOutboxEntry Entry, ReceiptMail Mail)>();
        foreach (var entry in entries)
        {
            if (failed.Contains(entry.Id)) continue;
            if (!submissions.TryGetValue(entry.SubmissionId, out var submission) || entry.ProtectedSecret is not { } secret
                || !emails.TryGetValue(submission.Id, out var email))
            {
                done.Add(entry.Id);
                continue;
            }
            try
            {
                receipts.Add((entry, new ReceiptMail(email, rounds[submission.RoundId], submission.ReceiptNumber, protector.Unprotect(secret),
                    entry.Culture, entry.Origin, MailIdentity.For($"receipt-outbox:{entry.Id}", DateTime.SpecifyKind(entry.CreatedAt, DateTimeKind.Utc)))));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(ex, entry);
            }
        }
        await MailAsync(receipts, done, ct);
        return done;
    }

    /// <summary>
    /// Raises <c>SubmissionAccepted</c> for all rows at once (a batch handler places a whole group commit in one go);
    /// if that fails, one by one, so only the rows whose handlers fail wait for a retry. Returns those rows.
    /// </summary>
    private async Task<HashSet<long>> PublishAsync(List<SubmissionOutboxEntry> entries, Dictionary<int, Written> submissions, CancellationToken ct)
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
                Failed(ex, entry);
            }
        }
        return failed;
    }

    private sealed record Written(int Id, int RoundId, int? WardId, string ReceiptNumber, List<int> OpinionIds);

    private static SubmissionAccepted Accepted(Written s) => new(s.RoundId, s.Id, s.OpinionIds, s.WardId);

    /// <summary>All receipts in one call; after a failure only the mails not sent wait for a retry.</summary>
    private async Task MailAsync(List<(SubmissionOutboxEntry Entry, ReceiptMail Mail)> receipts, List<long> done, CancellationToken ct)
    {
        if (receipts.Count == 0) return;
        var sent = new bool[receipts.Count];
        try
        {
            await mails.SendAsync(receipts.ConvertAll(r => r.Mail), i => sent[i] = true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var first = receipts[Array.IndexOf(sent, false)].Entry;
            Failed(ex, first);
        }
        for (var i = 0; i < receipts.Count; i++)
            if (sent[i]) done.Add(receipts[i].Entry.Id);
    }

    private void Failed(Exception ex, SubmissionOutboxEntry entry) =>
        log.LogWarning(ex, "Outbox row {OutboxId} (submission {SubmissionId}) failed; it will be tried again", entry.Id, entry.SubmissionId);
}
