using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Participation.Web.Hosting;

/// <summary>
/// With <c>Participation:Redis</c> set, every node shares data-protection keys (so cookies and
/// antiforgery tokens are valid on any node) the distributed cache, cached pages and rate-limit counters. Without it, keys live under App_Data.
/// </summary>
internal static class ScaleOutHosting
{
    public static void AddParticipationScaleOut(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration["Participation:Redis"];
        var protection = builder.Services.AddDataProtection().SetApplicationName("participation");
        if (string.IsNullOrWhiteSpace(redis))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DatabaseHosting.AppDataRoot(builder), "keys")));
            builder.Services.AddDistributedMemoryCache();
            return;
        }
        var mux = ConnectionMultiplexer.Connect(redis);
        builder.Services.AddSingleton<IConnectionMultiplexer>(mux);
        protection.PersistKeysToStackExchangeRedis(mux, "participation:dp-keys");
        builder.Services.AddStackExchangeRedisCache(o => o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(mux));
        // Cached public pages, and their eviction on change, are shared by every node.
        builder.Services.AddSingleton<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore, Caching.RedisPageStore>();
    }
}
