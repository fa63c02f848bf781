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
    public Channel<OutboxTicket> Ready { get; } = Channel.CreateUnbounded<OutboxTicket>(new UnboundedChannelOptions { SingleReader = true });

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
