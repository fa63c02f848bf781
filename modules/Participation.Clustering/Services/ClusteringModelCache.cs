using System.Collections.Concurrent;

namespace Participation.Clustering.Services;

/// <summary>
/// Recently used models, so each new submission does not reread a model file. Models are read-only once fitted,
/// so sharing them between requests is safe; the cache stays small because a large run's model is large.
/// </summary>
public sealed class ClusteringModelCache(ClusteringModelStore store)
{
    private const int Capacity = 4;
    private readonly ConcurrentDictionary<string, (ClusteringModel Model, long Used)> cache = new();
    private long clock;

    public ClusteringModel? Get(string? file)
    {
        if (string.IsNullOrEmpty(file)) return null;
        var now = Interlocked.Increment(ref clock);
        if (cache.TryGetValue(file, out var hit))
        {
            cache[file] = (hit.Model, now);
            return hit.Model;
        }
        var model = store.Load(file);
        if (model is null) return null;
        cache[file] = (model, now);
        while (cache.Count > Capacity)
        {
            var oldest = cache.MinBy(kv => kv.Value.Used).Key;
            cache.TryRemove(oldest, out _);
        }
        return model;
    }
}
