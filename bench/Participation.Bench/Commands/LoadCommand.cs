using System.Text.Json;
using Participation.Bench.Load;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>load --url URL [--concurrency C] [--seconds S] [--round ID]</c>: in one run, GET /ping (the bare limit),
/// the open round's public draft page, and POST /api/rounds/{id}/submissions with unique Idempotency-Keys.
/// The site should exempt the load generator's network from rate limits
/// (<c>Participation__RateLimiting__ExemptNetworks__0=127.0.0.0/8</c>).
/// </summary>
public sealed class LoadCommand : IBenchCommand
{
    public string Name => "load";
    public string Usage => "--url URL [--concurrency 200] [--seconds 10] [--round ID]   ping, draft page and submission throughput";

    public async Task<int> RunAsync(BenchArgs args)
    {
        var url = args.Required("url").TrimEnd('/');
        var concurrency = args.Int("concurrency") ?? 200;
        var seconds = args.Double("seconds") ?? 10;
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var roundId = args.Int("round") ?? await OpenRoundFinder.FindAsync(http, url);
        var pagePath = $"/rounds/{roundId}";
        var phase = new LoadPhase(http, concurrency, TimeSpan.FromSeconds(Math.Min(3, seconds / 3)), TimeSpan.FromSeconds(seconds));
        var run = Guid.NewGuid().ToString("N")[..8];

        var ping = await phase.RunAsync("ping", _ => LoadRequests.Ping(url), s => s == 200);
        var page = await phase.RunAsync("page " + pagePath, _ => LoadRequests.Page(url, pagePath), s => s == 200);
        var submit = await phase.RunAsync("submit", n => LoadRequests.Submission(url, roundId, $"load-{run}-{n}"), s => s == 201);

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            ping_rps = ping.Rps,
            page_rps = page.Rps,
            submit_rps = submit.Rps,
            submit_p99_ms = submit.P99Ms,
            errors = ping.Errors + page.Errors + submit.Errors,
            page_p99_ms = page.P99Ms,
            ping_p99_ms = ping.P99Ms,
            page_ratio = ping.Rps > 0 ? page.Rps / ping.Rps : 0,
            submit_ratio = ping.Rps > 0 ? submit.Rps / ping.Rps : 0,
            concurrency,
            seconds,
            page = pagePath,
        }));
        return 0;
    }
}
