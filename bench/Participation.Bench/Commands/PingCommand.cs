using System.Diagnostics;
using System.Text.Json;

namespace Participation.Bench.Commands;

/// <summary><c>ping --url URL [--requests N]</c>: a quick latency check of a running site's /ping.</summary>
public sealed class PingCommand : IBenchCommand
{
    public string Name => "ping";
    public string Usage => "--url URL [--requests N]   sequential GET /ping latency";

    public async Task<int> RunAsync(BenchArgs args)
    {
        var url = args.Required("url").TrimEnd('/');
        var n = args.Int("requests") ?? 200;
        using var http = new HttpClient();
        var times = new List<double>(n);
        var errors = 0;
        for (var i = 0; i < n; i++)
        {
            var sw = Stopwatch.StartNew();
            try { using var r = await http.GetAsync($"{url}/ping"); if (!r.IsSuccessStatusCode) errors++; }
            catch (HttpRequestException) { errors++; }
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(JsonSerializer.Serialize(new { requests = n, errors, p50_ms = times[n / 2], p99_ms = times[(int)(n * 0.99)] }));
        return errors == 0 ? 0 : 1;
    }
}
