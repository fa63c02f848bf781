using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Draws the receipt number of each new submission. On SQLite (one node, one writer) the 40 bits count 10-µs steps of
/// the clock, never repeating within the process (wrapping after 127 days), so the numbers of one batch sort together
/// and the batch adds to one end of the receipt index instead of changing a random page of it per submission — each
/// such page is written to the log again and copied by the checkpoint, a peak's largest write after the rows
/// themselves. Elsewhere (several nodes drawing at once) the bits are random (<see cref="ReceiptNumbers.New"/>).
/// Either way a receipt is no secret: it opens nothing without the mailed key. One found taken (a restart within the
/// same step, a clock set back) is drawn again by the writer, at random.
/// </summary>
public sealed class ReceiptNumberSource(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const long TicksPerStep = 100; // 10 µs
    private int ordered; // 0 unknown, 1 yes, -1 no
    private long last;

    public string Next(int roundId)
    {
        if (ordered == 0) ordered = SingleWriter() ? 1 : -1;
        if (ordered < 0) return ReceiptNumbers.New(roundId);
        var now = clock.GetUtcNow().UtcTicks / TicksPerStep;
        long seen, next;
        do
        {
            seen = Volatile.Read(ref last);
            next = Math.Max(seen + 1, now);
        }
        while (Interlocked.CompareExchange(ref last, next, seen) != seen);
        return ReceiptNumbers.Format(roundId, (ulong)next);
    }

    private bool SingleWriter()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<ParticipationDbContext>().Database.IsSqliteProvider();
    }
}
