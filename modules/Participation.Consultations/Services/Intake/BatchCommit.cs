using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Writes one batch of submissions in ONE transaction (one fsync on SQLite, one round of commits on PostgreSQL):
/// the submissions, their opinions, contacts, audit rows and outbox rows, plus the outbox marks waiting.
/// Keys repeated in the batch or already stored get the first receipt: a stored key is found by its unique index as
/// the rows go in (<c>ON CONFLICT DO NOTHING</c>), so no lookup precedes the insert. Any other unique value refusing
/// the batch (a receipt number drawn twice) makes it fall back to one transaction per submission.
/// On SQLite the batch runs on the writer session's connection, whose commits are made durable as
/// <see cref="WriterSession.OpenAsync"/> describes.
/// Lists of ids and keys go to the database as ONE array parameter (<c>EF.Parameter</c>): EF's default of one
/// parameter per value makes new SQL for each list length, and SQLite finds each named parameter by a linear search.
/// </summary>
internal sealed class BatchCommit(WriterSession session, OutboxQueue outbox, DateTime now, TimeSpan lease)
{
    private readonly ParticipationDbContext db = session.Db;

    public List<OutboxTicket> Tickets { get; } = [];

    /// <summary>Submissions of the batch that could not be stored (answered with the error; the others are kept).</summary>
    public Dictionary<PendingSubmission, Exception> Failures { get; } = [];

    /// <summary>The entity types of the rows committed (public pages showing them are then out of date); empty when none.</summary>
    public HashSet<Type> Written { get; } = [];

    public async Task<Dictionary<PendingSubmission, SubmissionResult>> WriteAsync(IReadOnlyList<PendingSubmission> batch)
    {
        var results = new Dictionary<PendingSubmission, SubmissionResult>();
        var leaders = new Dictionary<(int, string), PendingSubmission>();
        var followers = new List<(PendingSubmission Follower, PendingSubmission Leader)>();
        var fresh = new List<PendingSubmission>();
        foreach (var p in batch)
        {
            if (p.KeyOf is { } key && !leaders.TryAdd(key, p)) followers.Add((p, leaders[key]));
            else fresh.Add(p);
        }
        var acks = outbox.TakeProcessed();
        try
        {
            try
            {
                await InsertAsync(fresh, acks, results);
            }
            catch (DbException)
            {
                // Another unique value (a receipt number drawn twice) refused the batch: go one by one, so only a
                // submission that cannot be stored at all fails, and the others of its batch are answered.
                Tickets.Clear();
                foreach (var p in fresh)
                {
                    try { results[p] = await InsertOneAsync(p, acks); }
                    catch (DbException ex) { Failures[p] = ex; }
                }
            }
        }
        finally
        {
            // Marks not committed are kept for the next batch.
            foreach (var id in acks) outbox.Processed.Enqueue(id);
        }
        foreach (var (follower, leader) in followers)
            results[follower] = results[leader] is { Outcome: SubmissionOutcome.Accepted } first
                ? new(SubmissionOutcome.Repeated, first.Receipt, first.SubmissionId) : results[leader];
        return results;
    }

    /// <summary>
    /// Writes the batch in one transaction and sets each one's result once committed. A key stored earlier (by this
    /// node long ago, or by another node meanwhile) is found by the unique index as the rows go in: that submission
    /// is left out and answered with its first receipt.
    /// </summary>
    private async Task InsertAsync(List<PendingSubmission> items, List<long> acks, Dictionary<PendingSubmission, SubmissionResult> results)
    {
        if (items.Count > 0) await session.OpenAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (acks.Count > 0)
            await db.Set<SubmissionOutboxEntry>().Where(e => EF.Parameter(acks).Contains(e.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, now).SetProperty(e => e.ProtectedSecret, (string?)null));
        if (items.Count == 0) { await tx.CommitAsync(); Marked(acks); return; }
        // Inserts without change tracking: the rows are exactly what SaveChanges would have written.
        var rows = new RowInserter(db, session.Inserts);
        var submissions = items.ConvertAll(p => p.Submission);
        await rows.InsertAsync(submissions, [nameof(Submission.ReceiptNumber)], CancellationToken.None,
            skipConflictsOn: [nameof(Submission.RoundId), nameof(Submission.IdempotencyKey)]);
        if (items.Exists(p => p.Submission.Id == 0))
        {
            var known = items.FindAll(p => p.Submission.Id == 0);
            var stored = await StoredAsync(known.ConvertAll(p => p.KeyOf!.Value));
            foreach (var p in known)
                results[p] = stored.GetValueOrDefault(p.KeyOf!.Value) ?? throw new InvalidOperationException("A submission was neither stored nor found by its key.");
            items = items.FindAll(p => p.Submission.Id != 0);
        }
        var opinions = new List<Opinion>();
        var contacts = new List<SubmitterContact>(items.Count);
        var audit = new List<AuditEntry>(items.Count);
        var entries = new List<SubmissionOutboxEntry>(items.Count);
        foreach (var p in items)
        {
            foreach (var o in p.Submission.Opinions) o.SubmissionId = p.Submission.Id;
            opinions.AddRange(p.Submission.Opinions);
            p.Contact.SubmissionId = p.Submission.Id;
            contacts.Add(p.Contact);
            audit.Add(new AuditEntry
            {
                At = now, UserId = p.Submission.EnteredBy ?? p.Submission.UserId, Action = "submission.accepted",
                EntityType = "submission", EntityId = p.Submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Details = $"round={p.Submission.RoundId};channel={p.Submission.Channel}",
            });
            entries.Add(new SubmissionOutboxEntry
            {
                SubmissionId = p.Submission.Id, CreatedAt = now, Origin = p.Origin, Culture = p.Culture,
                ProtectedSecret = p.OutboxSecret, LockedBy = outbox.Owner, LockedUntil = now + lease,
            });
        }
        await rows.InsertAsync(opinions, [nameof(Opinion.SubmissionId), nameof(Opinion.Order)], CancellationToken.None);
        await rows.InsertAsync(contacts, [], CancellationToken.None);
        await rows.InsertAsync(audit, [nameof(AuditEntry.EntityId)], CancellationToken.None);
        await rows.InsertAsync(entries, [nameof(SubmissionOutboxEntry.SubmissionId)], CancellationToken.None);
        await tx.CommitAsync();
        Marked(acks);
        foreach (var p in items) results[p] = Accepted(p);
        Written.UnionWith(rows.Inserted);
        for (var i = 0; i < items.Count; i++) Tickets.Add(new OutboxTicket(entries[i].Id, entries[i].LockedUntil!.Value, RowOf(items[i], entries[i])));
    }

    /// <summary>What the outbox worker needs of a row just written, so it need not read it back.</summary>
    private static OutboxRow RowOf(PendingSubmission p, SubmissionOutboxEntry entry)
    {
        var s = p.Submission;
        return new OutboxRow(entry.Id, entry.CreatedAt, s.Id, s.RoundId, s.WardId, s.ReceiptNumber,
            s.Opinions.OrderBy(o => o.Order).Select(o => o.Id).ToList(), p.Contact.Email, p.Culture, p.Origin,
            Secret: p.OutboxSecret is null ? null : p.Secret);
    }

    /// <summary>
    /// One submission in a transaction of its own. Its receipt number refused because another submission holds it
    /// (see <see cref="ReceiptNumberSource"/>: 40 random bits meet again somewhere among a million submissions; clock
    /// steps after a restart within the same step or a clock set back) is drawn again, at random even on SQLite: the
    /// next clock step could belong to the same run of numbers the taken one came from.
    /// </summary>
    private async Task<SubmissionResult> InsertOneAsync(PendingSubmission p, List<long> acks)
    {
        for (var attempt = 1; ; attempt++)
        {
            // Values a failed insert may have left on the entities must not be sent again.
            p.Submission.Id = 0;
            foreach (var o in p.Submission.Opinions) { o.Id = 0; o.SubmissionId = 0; }
            p.Contact.SubmissionId = 0;
            try
            {
                var one = new Dictionary<PendingSubmission, SubmissionResult>();
                await InsertAsync([p], acks, one);
                return one[p];
            }
            catch (DbException) when (attempt < 3)
            {
                if (!await ReceiptTakenAsync(p.Submission.ReceiptNumber)) throw;
                p.Submission.ReceiptNumber = ReceiptNumbers.New(p.Submission.RoundId);
            }
        }
    }

    private Task<bool> ReceiptTakenAsync(string receipt) =>
        db.Set<Submission>().AsNoTracking().AnyAsync(s => s.ReceiptNumber == receipt);

    private async Task<Dictionary<(int, string), SubmissionResult>> StoredAsync(ICollection<(int RoundId, string Key)> keys)
    {
        var found = new Dictionary<(int, string), SubmissionResult>();
        // Per round, so the unique (round, key) index answers the lookup.
        foreach (var round in keys.GroupBy(k => k.RoundId))
        {
            var wanted = round.Select(k => k.Key).Distinct().ToList();
            var rows = await db.Set<Submission>().AsNoTracking().Where(s => s.RoundId == round.Key && EF.Parameter(wanted).Contains(s.IdempotencyKey!))
                .Select(s => new { s.IdempotencyKey, s.ReceiptNumber, s.Id }).ToListAsync();
            foreach (var r in rows) found[(round.Key, r.IdempotencyKey!)] = new(SubmissionOutcome.Repeated, r.ReceiptNumber, r.Id);
        }
        return found;
    }

    private void Marked(List<long> acks)
    {
        foreach (var id in acks) outbox.Unmarked.TryRemove(id, out _);
        acks.Clear();
    }

    private static SubmissionResult Accepted(PendingSubmission p) =>
        new(SubmissionOutcome.Accepted, p.Submission.ReceiptNumber, p.Submission.Id, AccessSecret: p.Secret);
}
