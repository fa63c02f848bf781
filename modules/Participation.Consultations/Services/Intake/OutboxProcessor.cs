using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Core.Mail;
using Participation.Core.Secrets;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Does what a submission leaves for after its commit: raises <c>SubmissionAccepted</c> (clustering assignment,
/// statistics) and mails the receipt with its edit link, in the submitter's language. Returns the rows done;
/// a row that failed stays unprocessed and is tried again when its lease runs out. Rows the writer handed over with
/// their data are processed as they are (no reading back, no decrypting); the others are read from the database.
/// </summary>
public sealed class OutboxProcessor(ParticipationDbContext db, IEventBus events, ReceiptMails mails, SecretSealer sealer,
    RoundCache roundCache, ILogger<OutboxProcessor> log)
{
    public const string Purpose = "Participation.Consultations.ReceiptOutbox";

    public async Task<List<long>> ProcessAsync(IReadOnlyCollection<OutboxTicket> tickets, CancellationToken ct)
    {
        var rows = new List<OutboxRow>(tickets.Count);
        var unknown = new List<long>();
        foreach (var ticket in tickets)
            if (ticket.Row is { } row) rows.Add(row);
            else unknown.Add(ticket.Id);
        var done = new List<long>(tickets.Count);
        if (unknown.Count > 0) rows.AddRange(await LoadAsync(unknown, done, ct));

        var failed = await PublishAsync(rows, ct);
        var receipts = new List<(OutboxRow Row, ReceiptMail Mail)>();
        var rounds = new Dictionary<int, ConsultationRound?>(); // once per round in the batch, even when the cache keeps nothing
        foreach (var row in rows)
        {
            if (failed.Contains(row.Id)) continue;
            if (!row.Mailed)
            {
                done.Add(row.Id);
                continue;
            }
            try
            {
                if (!rounds.TryGetValue(row.RoundId, out var round)) rounds[row.RoundId] = round = await roundCache.GetAsync(db, row.RoundId, ct);
                if (round is null) throw new InvalidOperationException($"Round {row.RoundId} is gone.");
                receipts.Add((row, new ReceiptMail(row.Email!, round, row.ReceiptNumber, row.Secret ?? await sealer.UnsealAsync(Purpose, row.ProtectedSecret!, ct),
                    row.Culture, row.Origin, MailIdentity.For($"receipt-outbox:{row.Id}", DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)))));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(ex, row);
            }
        }
        await MailAsync(receipts, done, ct);
        return done;
    }

    /// <summary>
    /// Reads rows back (taken over after a crash or an expired lease). Rows already processed are left out; rows whose
    /// submission is gone have nothing to do and count as done.
    /// </summary>
    private async Task<List<OutboxRow>> LoadAsync(List<long> ids, List<long> done, CancellationToken ct)
    {
        // Id lists as one array parameter each (see BatchCommit). The rows are found by key, then the processed ones
        // dropped here: "ProcessedAt IS NULL" in SQL would lead SQLite to scan every unprocessed row instead.
        var entries = (await db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .Where(e => EF.Parameter(ids).Contains(e.Id)).OrderBy(e => e.Id).ToListAsync(ct)).FindAll(e => e.ProcessedAt == null);
        var submissionIds = entries.Select(e => e.SubmissionId).ToList();
        // Only what the event and the mail need (not the opinions' texts).
        var submissions = await db.Set<Submission>().AsNoTracking().Where(s => EF.Parameter(submissionIds).Contains(s.Id))
            .Select(s => new { s.Id, s.RoundId, s.WardId, s.ReceiptNumber, OpinionIds = s.Opinions.OrderBy(o => o.Order).Select(o => o.Id).ToList() })
            .ToDictionaryAsync(s => s.Id, ct);
        var emails = await db.Set<SubmitterContact>().AsNoTracking().Where(c => EF.Parameter(submissionIds).Contains(c.SubmissionId) && c.Email != null)
            .ToDictionaryAsync(c => c.SubmissionId, c => c.Email!, ct);
        var rows = new List<OutboxRow>(entries.Count);
        foreach (var e in entries)
        {
            if (!submissions.TryGetValue(e.SubmissionId, out var s)) { done.Add(e.Id); continue; }
            rows.Add(new OutboxRow(e.Id, e.CreatedAt, s.Id, s.RoundId, s.WardId, s.ReceiptNumber, s.OpinionIds,
                emails.GetValueOrDefault(s.Id), e.Culture, e.Origin, ProtectedSecret: e.ProtectedSecret));
        }
        return rows;
    }

    /// <summary>
    /// Raises <c>SubmissionAccepted</c> for all rows at once (a batch handler places a whole group commit in one go);
    /// if that fails, one by one, so only the rows whose handlers fail wait for a retry. Returns those rows.
    /// </summary>
    private async Task<HashSet<long>> PublishAsync(List<OutboxRow> rows, CancellationToken ct)
    {
        var raised = rows.ConvertAll(r => (Row: r, Event: new SubmissionAccepted(r.RoundId, r.SubmissionId, r.OpinionIds, r.WardId)));
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
        foreach (var (row, accepted) in raised)
        {
            try { await events.PublishAsync(accepted, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add(row.Id);
                Failed(ex, row);
            }
        }
        return failed;
    }

    /// <summary>All receipts in one call; after a failure only the mails not sent wait for a retry.</summary>
    private async Task MailAsync(List<(OutboxRow Row, ReceiptMail Mail)> receipts, List<long> done, CancellationToken ct)
    {
        if (receipts.Count == 0) return;
        var sent = new bool[receipts.Count];
        try
        {
            await mails.SendAsync(receipts.ConvertAll(r => r.Mail), i => sent[i] = true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var first = receipts[Array.IndexOf(sent, false)].Row;
            Failed(ex, first);
        }
        for (var i = 0; i < receipts.Count; i++)
            if (sent[i]) done.Add(receipts[i].Row.Id);
    }

    private void Failed(Exception ex, OutboxRow row) =>
        log.LogWarning(ex, "Outbox row {OutboxId} (submission {SubmissionId}) failed; it will be tried again", row.Id, row.SubmissionId);
}
