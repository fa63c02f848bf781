using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// SQLite in WAL mode: a committed batch is answered once the write-ahead log holding it is on disk. The writer
/// commits with <c>synchronous=NORMAL</c> (no fsync inside the commit, which holds the write lock) and goes on with
/// the next batch while this flushes the log for every batch committed so far, then gives their receipts. A power cut
/// thus never loses a submission that got a receipt (its log frames were flushed first), and the fsync no longer
/// stands in the writer's way. If the flush fails, those callers get an error and may send again (same key: the
/// stored submission's receipt).
/// </summary>
internal sealed class WalFlusher
{
    /// <summary>What to do once a batch is on disk, or if it cannot be made sure it is.</summary>
    public readonly record struct Committed(Action Answer, Action<Exception> Fail);

    private readonly Channel<Committed> committed = Channel.CreateUnbounded<Committed>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string wal;
    private readonly ILogger log;
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WalFlusher(string databaseFile, ILogger log)
    {
        wal = databaseFile + "-wal";
        this.log = log;
        // A thread of its own: the fsync blocks, and must not hold a thread the requests need.
        new Thread(Run) { IsBackground = true, Name = "Intake WAL flush" }.Start();
    }

    public void Enqueue(Committed batch)
    {
        if (!committed.Writer.TryWrite(batch)) batch.Fail(new InvalidOperationException("The WAL flusher has stopped."));
    }

    /// <summary>Answers what is queued, then stops.</summary>
    public Task StopAsync()
    {
        committed.Writer.TryComplete();
        return stopped.Task;
    }

    private void Run()
    {
        var ready = new List<Committed>();
        while (committed.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            ready.Clear();
            while (committed.Reader.TryRead(out var batch)) ready.Add(batch);
            Exception? failure = null;
            try { Flush(); }
            catch (Exception ex)
            {
                failure = ex;
                log.LogError(ex, "The SQLite write-ahead log could not be flushed; {Count} batches are answered with an error", ready.Count);
            }
            foreach (var batch in ready)
            {
                try
                {
                    if (failure is null) batch.Answer();
                    else batch.Fail(failure);
                }
                catch (Exception ex) { log.LogError(ex, "Answering a committed batch failed"); }
            }
        }
        stopped.TrySetResult();
    }

    /// <summary>fsync of the log file, opened anew each time (SQLite may remove and recreate it when idle).</summary>
    private void Flush()
    {
        // No log file: the last connection checkpointed it into the database (synced) and removed it.
        if (!File.Exists(wal)) return;
        using var file = new FileStream(wal, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        file.Flush(flushToDisk: true);
    }
}
