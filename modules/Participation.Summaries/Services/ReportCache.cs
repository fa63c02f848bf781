using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;

namespace Participation.Summaries.Services;

/// <summary>
/// Rendered reports, keyed by a hash of the data they were rendered from (plus the day and language):
/// when any count, answer or status changes the hash changes and the report is rebuilt; otherwise a
/// councillor's second download costs nothing.
/// </summary>
public sealed class ReportCache(IMemoryCache cache)
{
    public static string Fingerprint(object data) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(data)))[..32];

    public bool TryGet(string key, out byte[] bytes) => cache.TryGetValue(key, out bytes!);

    public byte[] GetOrRender(string key, Func<byte[]> render)
    {
        if (cache.TryGetValue(key, out byte[]? bytes) && bytes is not null) return bytes;
        bytes = render();
        cache.Set(key, bytes, new MemoryCacheEntryOptions { SlidingExpiration = TimeSpan.FromHours(6), Size = bytes.Length });
        return bytes;
    }

    public static string Key(string kind, string culture, DateOnly today, object data) => $"summaries:{kind}:{culture}:{today:yyyyMMdd}:{Fingerprint(data)}";
}
