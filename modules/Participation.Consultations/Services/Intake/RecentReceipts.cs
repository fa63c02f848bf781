using System.Collections.Concurrent;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Receipts this node gave lately, by idempotency key, so a retry is answered without a query. Only a shortcut:
/// the unique index on (round, key) stays the truth (a retry on another node, or after a restart, finds it there).
/// Bounded by two generations: when the newer one is full, the older is dropped and a new one begun, so the latest
/// <see cref="GenerationSize"/> receipts at least are always known. The count is kept here: a
/// <see cref="ConcurrentDictionary{TKey,TValue}"/>'s own Count takes all its locks (measured: 4 % of the server's time
/// in the submission benchmark when asked once per receipt).
/// </summary>
public sealed class RecentReceipts(int generationSize = RecentReceipts.GenerationSize)
{
    public const int GenerationSize = 50_000;

    private readonly Lock turning = new();
    private ConcurrentDictionary<(int RoundId, string Key), (string Receipt, int Id)> newer = new(), older = new();
    private int count;

    public bool TryGet(int roundId, string key, out string receipt, out int id)
    {
        var found = Volatile.Read(ref newer).TryGetValue((roundId, key), out var hit) || Volatile.Read(ref older).TryGetValue((roundId, key), out hit);
        (receipt, id) = hit;
        return found;
    }

    public void Remember(int roundId, string key, string receipt, int id)
    {
        var map = Volatile.Read(ref newer);
        if (!map.TryAdd((roundId, key), (receipt, id))) { map[(roundId, key)] = (receipt, id); return; }
        if (Interlocked.Increment(ref count) < generationSize) return;
        lock (turning)
        {
            if (Volatile.Read(ref count) < generationSize) return;
            Volatile.Write(ref older, newer);
            Volatile.Write(ref newer, new());
            Volatile.Write(ref count, 0);
        }
    }
}
