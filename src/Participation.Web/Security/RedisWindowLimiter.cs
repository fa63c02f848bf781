using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Participation.Web.Security;

/// <summary>
/// A fixed-window limit whose counter lives in Redis, so a limit holds across every node of a scaled-out site
/// (one counter per client and window, expiring with the window). If Redis cannot be reached the request is
/// let through: a cache outage must not take the site down with it.
/// </summary>
internal sealed class RedisWindowLimiter(IDatabase redis, string partition, int permitLimit, TimeSpan window, ILogger logger) : RateLimiter
{
    private const string Increment =
        "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";

    private long lastUsedTicks = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var (key, retryAfter) = CurrentWindow();
        try { return Decide((long)redis.ScriptEvaluate(Increment, [key], [(long)window.TotalMilliseconds + 1000]), permitCount, retryAfter); }
        catch (RedisException ex) { return Open(ex); }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var (key, retryAfter) = CurrentWindow();
        try { return Decide((long)await redis.ScriptEvaluateAsync(Increment, [key], [(long)window.TotalMilliseconds + 1000]), permitCount, retryAfter); }
        catch (RedisException ex) { return Open(ex); }
    }

    private (RedisKey Key, TimeSpan RetryAfter) CurrentWindow()
    {
        Interlocked.Exchange(ref lastUsedTicks, Environment.TickCount64);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var size = (long)window.TotalMilliseconds;
        var index = now / size;
        return ($"participation:rl:{partition}:{index}", TimeSpan.FromMilliseconds((index + 1) * size - now));
    }

    private RateLimitLease Decide(long count, int permitCount, TimeSpan retryAfter) =>
        count - 1 + permitCount <= permitLimit ? Lease.Granted : new Lease(false, retryAfter);

    private RateLimitLease Open(RedisException ex)
    {
        logger.LogWarning(ex, "Rate-limit counter unavailable; letting the request through");
        return Lease.Granted;
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
