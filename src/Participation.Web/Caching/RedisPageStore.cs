using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Participation.Web.Caching;

/// <summary>
/// Cached pages in Redis, shared by every node: each entry expires on its own, and each tag is a set of the
/// entries it covers, so evicting a tag on one node evicts the pages everywhere.
/// </summary>
internal sealed class RedisPageStore(IConnectionMultiplexer redis) : IOutputCacheStore
{
    private const string Prefix = "participation:pages:";

    private IDatabase Db => redis.GetDatabase();

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        (byte[]?)await Db.StringGetAsync(Prefix + key);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var batch = Db.CreateBatch();
        var writes = new List<Task> { batch.StringSetAsync(Prefix + key, value, validFor) };
        foreach (var tag in tags ?? [])
        {
            writes.Add(batch.SetAddAsync(Prefix + "tag:" + tag, Prefix + key));
            // A tag set outlives its longest entry by a little, then goes away by itself.
            writes.Add(batch.KeyExpireAsync(Prefix + "tag:" + tag, validFor + TimeSpan.FromMinutes(1)));
        }
        batch.Execute();
        await Task.WhenAll(writes);
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        var tagKey = (RedisKey)(Prefix + "tag:" + tag);
        var members = await Db.SetMembersAsync(tagKey);
        if (members.Length > 0) await Db.KeyDeleteAsync(members.Select(m => (RedisKey)(string)m!).ToArray());
        await Db.KeyDeleteAsync(tagKey);
    }
}
