using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// SQLite in WAL mode: the writer session's connection does not checkpoint (<c>wal_autocheckpoint=0</c>); this thread
/// does, on a connection of its own, a little after each commit. A checkpoint copies the log into the database and
/// syncs both files; run inside the writer's commit (SQLite's automatic checkpoint) it stalled the writer every few
/// batches, and every submission queued behind it. A passive checkpoint never blocks the writer.
/// The log restarts from its beginning only when a transaction begins after everything in it was copied, which a
/// writer committing back to back never allows: once the log holds more than <c>restartAbovePages</c> pages,
/// <see cref="WantsRestart"/> asks the writer to wait for one pass (<see cref="CatchUpAsync"/>) before its next batch.
/// </summary>
internal sealed class WalCheckpointer
{
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger log;
    private readonly TimeSpan interval;
    private readonly int restartAbovePages;
    private readonly AutoResetEvent wake = new(false);
    private readonly Lock gate = new();
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? catchUp;
    private volatile bool committed;
    private volatile bool stopping;
    private volatile bool wantsRestart;
    private long loggedAtLastPause; // pages in the log when the writer last paused; 0 once the log restarted

    public WalCheckpointer(IServiceScopeFactory scopes, ILogger log, TimeSpan interval, int restartAbovePages)
    {
        this.scopes = scopes;
        this.log = log;
        this.interval = interval;
        this.restartAbovePages = restartAbovePages;
        new Thread(Run) { IsBackground = true, Name = "Intake WAL checkpoint" }.Start();
    }

    /// <summary>The log has grown past its bound without restarting.</summary>
    public bool WantsRestart => wantsRestart;

    /// <summary>The writer committed: checkpoint within <c>interval</c>.</summary>
    public void Committed()
    {
        committed = true;
        wake.Set();
    }

    /// <summary>Runs a pass now (the writer waits, so it copies everything committed) and completes after it.</summary>
    public Task CatchUpAsync()
    {
        lock (gate)
        {
            catchUp ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            wake.Set();
            return catchUp.Task;
        }
    }

    /// <summary>Runs a last pass, then stops.</summary>
    public Task StopAsync()
    {
        stopping = true;
        wake.Set();
        return stopped.Task;
    }

    private void Run()
    {
        while (!stopping)
        {
            wake.WaitOne();
            // Let a few commits gather, unless the writer waits for this pass.
            if (!stopping && Volatile.Read(ref catchUp) is null) Thread.Sleep(interval);
            TaskCompletionSource? waiting;
            lock (gate) { waiting = catchUp; catchUp = null; }
            if (!committed && waiting is null && !stopping) continue;
            committed = false;
            var logged = Pass();
            if (waiting is not null)
            {
                // The writer waited: all it committed is copied, and its next transaction restarts the log — unless
                // a reader still uses it; then the writer is asked again only once the log has grown by another bound.
                loggedAtLastPause = logged;
                wantsRestart = false;
            }
            waiting?.TrySetResult();
        }
        stopped.TrySetResult();
    }

    /// <summary>One passive checkpoint; returns the pages in the log (0 if the pass failed).</summary>
    private long Pass()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            db.Database.OpenConnection();
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return 0;
            // busy, pages in the log, pages of it now in the database
            var logged = reader.GetInt64(1);
            if (logged < loggedAtLastPause) loggedAtLastPause = 0; // the log restarted
            wantsRestart = logged > restartAbovePages && logged >= loggedAtLastPause + restartAbovePages;
            return logged;
        }
        catch (Exception ex)
        {
            // Nothing is lost: the log keeps every committed page until a later pass (or SQLite itself) copies it.
            log.LogWarning(ex, "A checkpoint of the SQLite write-ahead log failed");
            return 0;
        }
    }
}
