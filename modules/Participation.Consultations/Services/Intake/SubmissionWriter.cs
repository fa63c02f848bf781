using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// The node's single writer of submissions (group commit). Requests are checked before they get here, then wait
/// while one loop takes everything queued (up to <see cref="IntakeOptions.MaxBatch"/>) and commits it in one
/// transaction; each request gets its receipt only after that commit. SQLite thus never sees two writers fight
/// for its lock, and PostgreSQL pays one commit per batch instead of one per submission.
/// </summary>
public sealed class SubmissionWriter(IServiceScopeFactory scopes, OutboxQueue outbox, RecentReceipts recent, IntakePace pace, TimeProvider clock,
    IOptions<IntakeOptions> options, ILogger<SubmissionWriter> log) : BackgroundService
{
    private WriterSession? session;
    private WalFlusher? flusher;
    private WalCheckpointer? checkpointer;

    // A null item asks only for the outbox marks to be written (the worker finished rows while no one submitted).
    private readonly Channel<PendingSubmission?> queue = Channel.CreateBounded<PendingSubmission?>(
        new BoundedChannelOptions(20_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>As many submissions wait as <see cref="IntakeOptions.MaxPending"/> allows: refuse new ones for now.</summary>
    public bool Saturated => queue.Reader.Count >= options.Value.MaxPending;

    public async Task<SubmissionResult> SubmitAsync(PendingSubmission pending, CancellationToken ct)
    {
        await queue.Writer.WriteAsync(pending, ct);
        // Not cancellable from here on: once queued, the submission is written even if the caller goes away.
        return await pending.Completion.Task;
    }

    public void FlushOutboxMarks() => queue.Writer.TryWrite(null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingSubmission>(options.Value.MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < options.Value.MaxBatch && queue.Reader.TryRead(out var item))
                    if (item is not null) batch.Add(item);
                if (checkpointer?.WantsRestart == true) await checkpointer.CatchUpAsync();
                await CommitAsync(batch);
                // The session is kept while more is waiting (a peak), closed when the queue runs dry.
                if (queue.Reader.Count == 0) await CloseSessionAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        // Shutting down: write what is already queued, refuse the rest.
        queue.Writer.TryComplete();
        batch.Clear();
        while (queue.Reader.TryRead(out var left)) if (left is not null) batch.Add(left);
        await CommitAsync(batch);
        await CloseSessionAsync();
        if (flusher is not null) await flusher.StopAsync();
        if (checkpointer is not null) await checkpointer.StopAsync();
    }

    private async Task CommitAsync(List<PendingSubmission> batch)
    {
        if (batch.Count == 0 && outbox.Processed.IsEmpty) return;
        try
        {
            session ??= new WriterSession(scopes);
            var commit = new BatchCommit(session, outbox, clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(options.Value.OutboxLeaseSeconds));
            var results = await commit.WriteAsync(batch);
            if (commit.Written.Count > 0 && session.Services.GetService<IWrittenWithoutSaveChanges>() is { } written)
                await written.CommittedAsync(commit.Written, CancellationToken.None);
            // Receipts, their mails and the memory of their keys only once the rows are on disk.
            void Answer()
            {
                pace.Committed(commit.Tickets.Count); // before the worker wakes to the rows, so it sees the pace they make
                foreach (var ticket in commit.Tickets) outbox.Hand(ticket);
                foreach (var (pending, result) in results)
                {
                    if (pending.KeyOf is { } key && result.Receipt is not null) recent.Remember(key.RoundId, key.Key, result.Receipt, result.SubmissionId!.Value);
                    pending.Completion.TrySetResult(result);
                }
                foreach (var (pending, ex) in commit.Failures) pending.Completion.TrySetException(ex);
            }
            if (session.WalDatabase is { } file && results.Count > 0)
            {
                var callers = batch.ToArray(); // the list is refilled with the next batch meanwhile
                (flusher ??= new WalFlusher(file, log)).Enqueue(new(Answer, ex => Failed(callers, ex)));
                (checkpointer ??= new WalCheckpointer(scopes, log, TimeSpan.FromMilliseconds(options.Value.WalCheckpointMilliseconds),
                    options.Value.WalRestartAbovePages)).Committed();
            }
            else Answer();
        }
        catch (Exception ex)
        {
            // Nothing of this batch committed: no receipt is given, the callers answer with an error and may retry.
            log.LogError(ex, "A batch of {Count} submissions could not be written", batch.Count);
            Failed(batch, ex);
            await CloseSessionAsync(); // the next batch starts on a fresh connection
        }
    }

    private static void Failed(IEnumerable<PendingSubmission> batch, Exception ex)
    {
        foreach (var pending in batch) pending.Completion.TrySetException(ex);
    }

    private async Task CloseSessionAsync()
    {
        if (session is null) return;
        var closing = session;
        session = null;
        try { await closing.DisposeAsync(); }
        catch (Exception ex) { log.LogWarning(ex, "Closing the writer's database session failed"); }
    }
}
