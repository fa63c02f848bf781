using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// Sends API submissions with unique Idempotency-Keys to a set of nodes, as a kiosk or partner system would:
/// when a node fails, the same request (same key) is retried on another. Records every receipt given with 201.
/// </summary>
public sealed partial class SubmissionStream(int roundId, Func<IReadOnlyList<string>> nodes)
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Idempotency-Key → the receipt the site answered with 201.</summary>
    public ConcurrentDictionary<string, string> Receipts { get; } = new();

    public int Failures;

    public async Task RunAsync(int workers, CancellationToken stop)
    {
        var sequence = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var key = $"crash-{Guid.NewGuid():N}";
                var n = Interlocked.Increment(ref sequence);
                for (var attempt = 0; attempt < 20; attempt++)
                {
                    var targets = nodes();
                    var receipt = await TrySubmitAsync(targets[(n + attempt) % targets.Count], key);
                    if (receipt is not null) { Receipts[key] = receipt; break; }
                    Interlocked.Increment(ref Failures);
                    await Task.Delay(50);
                }
            }
        }));
    }

    /// <summary>Waits until at least <paramref name="count"/> receipts were given (or <paramref name="timeout"/> fires): tests count receipts, not seconds, so a slow machine still acts mid-stream.</summary>
    public async Task UntilReceiptsAsync(int count, CancellationToken timeout)
    {
        while (Receipts.Count < count && !timeout.IsCancellationRequested) await Task.Delay(100, CancellationToken.None);
    }

    public async Task<string?> TrySubmitAsync(string node, string key)
    {
        var json = $$"""{"category":"resident","name":"試験 太郎","email":"crash@example.jp","opinions":[{"section":"general","text":"停電や障害の時でも意見が失われないことを確認するための投稿です。"}]}""";
        using var message = new HttpRequestMessage(HttpMethod.Post, $"{node}/api/rounds/{roundId}/submissions")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await http.SendAsync(message);
            if (response.StatusCode != HttpStatusCode.Created) return null;
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.GetProperty("receipt").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException) { return null; }
    }

    [GeneratedRegex("href=\"/rounds/(\\d+)\"")]
    private static partial Regex RoundLink();

    /// <summary>A round accepting submissions, found from the public list as a visitor would.</summary>
    public static async Task<int> FindOpenRoundAsync(string node)
    {
        using var http = new HttpClient();
        var listing = await http.GetStringAsync($"{node}/rounds");
        foreach (var id in RoundLink().Matches(listing).Select(m => int.Parse(m.Groups[1].Value)).Distinct())
        {
            var probe = new SubmissionStream(id, () => [node]);
            if (await probe.TrySubmitAsync(node, "probe-" + Guid.NewGuid().ToString("N")) is not null) return id;
        }
        throw new InvalidOperationException("No open round on the demo site.");
    }
}
