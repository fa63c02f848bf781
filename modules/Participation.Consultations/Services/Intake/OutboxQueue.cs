using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// An outbox row this node owns (leased at birth, or taken over), handed to the local worker; <paramref name="Row"/> is
/// what the writer still had in memory, so the worker need not read it back.
/// </summary>
public readonly record struct OutboxTicket(long Id, DateTime LockedUntil, OutboxRow? Row = null);

/// <summary>
/// What the writer and the outbox worker pass each other in memory: fresh rows to process now (no polling delay),
/// and processed rows to mark. Marks go through the writer so SQLite sees a single writer (no lock waits).
/// </summary>
public sealed class OutboxQueue
{
    private readonly Channel<OutboxTicket> ready = Channel.CreateUnbounded<OutboxTicket>(new UnboundedChannelOptions { SingleReader = true });
    private int waiting;

    /// <summary>Fresh rows handed over and not taken yet (the channel of a single reader cannot count).</summary>
    public int Waiting => Volatile.Read(ref waiting);

    /// <summary>Hands a row the writer just committed to the local worker.</summary>
    public void Hand(OutboxTicket ticket)
    {
        Interlocked.Increment(ref waiting);
        if (!ready.Writer.TryWrite(ticket)) Interlocked.Decrement(ref waiting);
    }

    public bool TryTake(out OutboxTicket ticket)
    {
        if (!ready.Reader.TryRead(out ticket)) return false;
        Interlocked.Decrement(ref waiting);
        return true;
    }

    /// <summary>The row handed over first among those waiting.</summary>
    public bool TryPeek(out OutboxTicket ticket) => ready.Reader.TryPeek(out ticket);

    public ValueTask<bool> WaitAsync(CancellationToken ct) => ready.Reader.WaitToReadAsync(ct);

    public ConcurrentQueue<long> Processed { get; } = new();

    /// <summary>Rows processed whose mark is not committed yet: the poll must not take them again meanwhile.</summary>
    public ConcurrentDictionary<long, byte> Unmarked { get; } = new();

    public void MarkProcessed(long id)
    {
        Unmarked[id] = 0;
        Processed.Enqueue(id);
    }

    /// <summary>A stable name for this process: a restarted node is another owner than its dead predecessor.</summary>
    public string Owner { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    public List<long> TakeProcessed()
    {
        var ids = new List<long>();
        while (ids.Count < 2000 && Processed.TryDequeue(out var id)) ids.Add(id);
        return ids;
    }
}
