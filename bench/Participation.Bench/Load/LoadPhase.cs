using System.Diagnostics;

namespace Participation.Bench.Load;

/// <summary>
/// One measured phase of the load run: <c>concurrency</c> workers send requests back to back for a fixed time
/// after a short warm-up; throughput counts only successful answers, latencies all of them.
/// </summary>
public sealed class LoadPhase(HttpClient http, int concurrency, TimeSpan warmUp, TimeSpan duration)
{
    public async Task<PhaseResult> RunAsync(string name, Func<int, HttpRequestMessage> request, Func<int, bool> success)
    {
        Console.Error.WriteLine($"load: {name} — {concurrency} connections, {duration.TotalSeconds} s");
        var sequence = 0;
        var measuring = false;
        var stop = false;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>(4096);
            var ok = 0;
            var errors = 0;
            while (!Volatile.Read(ref stop))
            {
                var n = Interlocked.Increment(ref sequence);
                var counted = Volatile.Read(ref measuring);
                var started = Stopwatch.GetTimestamp();
                var good = false;
                try
                {
                    using var message = request(n);
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                    good = success((int)response.StatusCode);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException) { }
                if (!counted || Volatile.Read(ref stop)) continue;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (good) ok++; else errors++;
            }
            return (latencies, ok, errors);
        }).ToList();

        await Task.Delay(warmUp);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref stop, true);
        var seconds = clock.Elapsed.TotalSeconds;
        var results = await Task.WhenAll(workers);

        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        var okTotal = results.Sum(r => r.ok);
        var errorTotal = results.Sum(r => r.errors);
        var result = new PhaseResult(okTotal / seconds, Percentile(all, 0.50), Percentile(all, 0.99), errorTotal);
        Console.Error.WriteLine($"load: {name} {result.Rps:F0} req/s, p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms, errors {errorTotal}");
        return result;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

public sealed record PhaseResult(double Rps, double P50Ms, double P99Ms, int Errors);
