using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Processes outbox rows after their commit: at once for the rows this node just wrote (it owns them from birth),
/// and every few seconds any row whose lease ran out — left by a crash, or by another node that died. A row is
/// taken by a conditional update, so two nodes never both take it; it is marked processed in the database.
/// At a peak the fresh rows wait a little (<see cref="IntakeOptions.OutboxYieldSeconds"/>): the node takes submissions first.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxQueue outbox, SubmissionWriter writer, IntakePace pace,
    TimeProvider clock, IOptions<IntakeOptions> options, ILogger<OutboxWorker> log) : BackgroundService
{
    private const int MaxBatch = 200;
    private static readonly TimeSpan YieldCheck = TimeSpan.FromMilliseconds(200);
    private readonly DateTime startedAt = clock.GetUtcNow().UtcDateTime;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await ReleaseOwnLeasesAsync(stoppingToken);
        var poll = TimeSpan.FromSeconds(options.Value.OutboxPollSeconds);
        var nextPoll = DateTime.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await YieldToIntakeAsync(stoppingToken)) continue;
                var tickets = TakeReady();
                if (tickets.Count is > 0 and < MaxBatch && options.Value.OutboxGatherMilliseconds > 0)
                {
                    await Task.Delay(options.Value.OutboxGatherMilliseconds, stoppingToken);
                    tickets.AddRange(TakeReady(MaxBatch - tickets.Count));
                }
                if (tickets.Count == 0 && DateTime.UtcNow >= nextPoll)
                {
                    tickets = await ClaimExpiredAsync(stoppingToken);
                    nextPoll = DateTime.UtcNow + poll;
                }
                if (tickets.Count == 0)
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                    wait.CancelAfter(nextPoll - DateTime.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero);
                    try { await outbox.WaitAsync(wait.Token); }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
                    continue;
                }
                await ProcessAsync(tickets, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception ex)
            {
                log.LogError(ex, "The submission outbox worker failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { });
            }
        }
    }

    /// <summary>
    /// SQLite means one node: rows written before this process started and still leased belong to its previous, dead
    /// process, so they are free now rather than when their lease ends. (On PostgreSQL other nodes may be alive;
    /// leases run out.) Rows written after the start are never touched here, however late this runs.
    /// </summary>
    private async Task ReleaseOwnLeasesAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
            if (!db.Database.IsSqliteProvider()) return;
            await db.Set<SubmissionOutboxEntry>().Where(e => e.ProcessedAt == null && e.LockedUntil != null && e.CreatedAt < startedAt)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, (DateTime?)null), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Could not release the outbox leases of the previous process");
        }
    }

    /// <summary>
    /// While the node takes submissions at a peak pace, fresh rows wait — none longer than OutboxYieldSeconds after its
    /// commit, and no more than <see cref="IntakeOptions.OutboxYieldMostRows"/> of them. True when it waited.
    /// </summary>
    private async Task<bool> YieldToIntakeAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (o.OutboxYieldSeconds <= 0 || pace.PerSecond < o.OutboxYieldAbovePerSecond) return false;
        if (!outbox.TryPeek(out var oldest) || outbox.Waiting >= o.OutboxYieldMostRows) return false;
        var committed = oldest.LockedUntil.AddSeconds(-o.OutboxLeaseSeconds);
        if (clock.GetUtcNow().UtcDateTime - committed >= TimeSpan.FromSeconds(o.OutboxYieldSeconds)) return false;
        await Task.Delay(YieldCheck, ct);
        return true;
    }

    /// <summary>Rows handed over by the local writer whose lease is still safely ours.</summary>
    private List<OutboxTicket> TakeReady(int most = MaxBatch)
    {
        var tickets = new List<OutboxTicket>();
        var safe = clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.OutboxLeaseSeconds / 4);
        while (tickets.Count < most && outbox.TryTake(out var ticket))
            if (ticket.LockedUntil > safe) tickets.Add(ticket); // otherwise the poll takes it properly
        return tickets;
    }

    private async Task<List<OutboxTicket>> ClaimExpiredAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .Where(e => e.ProcessedAt == null && (e.LockedUntil == null || e.LockedUntil < now))
            .OrderBy(e => e.Id).Select(e => e.Id).Take(MaxBatch).ToListAsync(ct);
        candidates.RemoveAll(outbox.Unmarked.ContainsKey);
        if (candidates.Count == 0) return [];
        var until = now.AddSeconds(options.Value.OutboxLeaseSeconds);
        // Only rows still free are taken; a node that raced us for a row leaves it to us or takes it whole.
        await db.Set<SubmissionOutboxEntry>()
            .Where(e => EF.Parameter(candidates).Contains(e.Id) && e.ProcessedAt == null && (e.LockedUntil == null || e.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedBy, outbox.Owner).SetProperty(e => e.LockedUntil, until)
                .SetProperty(e => e.Attempts, e => e.Attempts + 1), ct);
        var mine = await db.Set<SubmissionOutboxEntry>().AsNoTracking()
            .Where(e => EF.Parameter(candidates).Contains(e.Id) && e.LockedBy == outbox.Owner && e.ProcessedAt == null)
            .Select(e => e.Id).ToListAsync(ct);
        if (mine.Count > 0) log.LogInformation("Took {Count} submission outbox rows left unprocessed", mine.Count);
        return mine.ConvertAll(id => new OutboxTicket(id, until));
    }

    private async Task ProcessAsync(List<OutboxTicket> tickets, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().ProcessAsync(tickets, ct);
        foreach (var id in done) outbox.MarkProcessed(id);
        if (done.Count > 0) writer.FlushOutboxMarks();
    }
}
