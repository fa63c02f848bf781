using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Participation.Api.Services;

namespace Participation.Api.OpenData;

/// <summary>
/// The datasets whose modules are enabled, built on demand and kept a short while: the page, the CSV and
/// the JSON of one dataset agree (for <c>OpenDataCacheSeconds</c>), and a crawler reading them all does not rebuild them each time.
/// </summary>
public sealed class OpenDataCatalog(IEnumerable<IOpenDataset> datasets, SchemaReader reader, IMemoryCache cache, IOptions<ApiOptions> options)
{

    public IReadOnlyList<IOpenDataset> Available =>
        datasets.Where(d => d.RequiresField is null || reader.HasField(d.RequiresField)).ToList();

    public IOpenDataset? Find(string key) => Available.FirstOrDefault(d => d.Key == key);

    public async Task<DatasetRows> RowsAsync(IOpenDataset dataset, CancellationToken ct)
    {
        var lifetime = TimeSpan.FromSeconds(options.Value.OpenDataCacheSeconds);
        if (lifetime <= TimeSpan.Zero) return await dataset.BuildAsync(reader, ct);
        return (await cache.GetOrCreateAsync("opendata:" + dataset.Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = lifetime;
            return await dataset.BuildAsync(reader, ct);
        }))!;
    }
}
