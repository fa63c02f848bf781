using System.Collections.Concurrent;

namespace Participation.Consultations.Services.Intake;

/// <summary>
/// Receipts this node gave lately, by idempotency key, so a retry is answered without a query. Only a shortcut:
/// the unique index on (round, key) stays the truth (a retry on another node, or after a restart, finds it there).
/// </summary>
public sealed class RecentReceipts
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<(int RoundId, string Key), (string Receipt, int Id)> map = new();

    public bool TryGet(int roundId, string key, out string receipt, out int id)
    {
        var found = map.TryGetValue((roundId, key), out var hit);
        (receipt, id) = hit;
        return found;
    }

    public void Remember(int roundId, string key, string receipt, int id)
    {
        // Crude but bounded: forgetting everything now and then only costs a lookup in the database.
        if (map.Count >= Capacity) map.Clear();
        map[(roundId, key)] = (receipt, id);
    }
}
