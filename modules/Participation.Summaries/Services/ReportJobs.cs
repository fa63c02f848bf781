using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Participation.Core.Jobs;

namespace Participation.Summaries.Services;

/// <summary>
/// Large reports render in a background job; the councillor watches its progress and downloads the file when
/// it is done. State and file live in the distributed cache (memory on one node, Redis when scaled out), so
/// any node can show the progress page. A job's id is derived from the report's cache key: asking again for
/// the same data joins the job already under way instead of starting another.
/// </summary>
public sealed class ReportJobs(IDistributedCache store, IJobScheduler scheduler, TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(2);

    public static string IdFor(string cacheKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cacheKey)))[..24].ToLowerInvariant();

    public async Task<string> StartAsync(ReportJobRequest request, CancellationToken ct)
    {
        var id = IdFor(request.CacheKey);
        var existing = await GetAsync(id, ct);
        if (existing is not null && existing.Status != ReportJobStatus.Failed) return id;
        await SaveAsync(id, new ReportJobState(ReportJobStatus.Queued, 0, request.FileName, clock.GetUtcNow().UtcDateTime), ct);
        scheduler.Enqueue<ReportRenderJob>(j => j.RunAsync(id, request, CancellationToken.None));
        return id;
    }

    public async Task<ReportJobState?> GetAsync(string id, CancellationToken ct)
    {
        var bytes = await store.GetAsync(StateKey(id), ct);
        return bytes is null ? null : JsonSerializer.Deserialize<ReportJobState>(bytes);
    }

    public Task SaveAsync(string id, ReportJobState state, CancellationToken ct) =>
        store.SetAsync(StateKey(id), JsonSerializer.SerializeToUtf8Bytes(state), Options(), ct);

    public Task StoreFileAsync(string id, byte[] file, CancellationToken ct) => store.SetAsync(FileKey(id), file, Options(), ct);

    public Task<byte[]?> FileAsync(string id, CancellationToken ct) => store.GetAsync(FileKey(id), ct);

    private static DistributedCacheEntryOptions Options() => new() { AbsoluteExpirationRelativeToNow = Keep };
    private static string StateKey(string id) => $"summaries:report-job:{id}";
    private static string FileKey(string id) => $"summaries:report-file:{id}";
}

public enum ReportJobStatus { Queued, Running, Done, Failed }

public sealed record ReportJobState(ReportJobStatus Status, int Percent, string FileName, DateTime StartedAtUtc);

/// <summary>What to render: <c>round</c> (Id), <c>ward</c> (Id) or <c>period</c> (From, To as yyyy-MM-dd), in a language.</summary>
public sealed record ReportJobRequest(string Kind, int? Id, string? From, string? To, string Culture, string CacheKey, string FileName);
