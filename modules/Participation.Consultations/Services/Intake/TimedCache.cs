using System.Collections.Concurrent;

namespace Participation.Consultations.Services.Intake;

/// <summary>Values kept for a fixed time after loading, per key; concurrent loads of one key may both run (harmless).</summary>
public abstract class TimedCache<TKey, TValue>(TimeProvider clock, TimeSpan lifetime) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, DateTime Until)> cache = new();

    public async Task<TValue> GetAsync(TKey key, Func<Task<TValue>> load)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (cache.TryGetValue(key, out var hit) && hit.Until > now) return hit.Value;
        var value = await load();
        cache[key] = (value, now + lifetime);
        return value;
    }

    public void Forget(TKey key) => cache.TryRemove(key, out _);
}
