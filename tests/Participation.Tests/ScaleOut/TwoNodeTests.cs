using System.Net;
using Npgsql;
using StackExchange.Redis;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// Two nodes of the real site on one PostgreSQL database and one Redis: sign-in and forms work across nodes,
/// a rate limit holds across nodes, and when one node is killed mid-stream every receipt given survives.
/// </summary>
[Collection(ProcessNodes.Name)]
public sealed class TwoNodeTests
{
    // A Redis database of this test's own, emptied first: counters from an earlier run must not count.
    private const int RedisDatabase = 7;

    private static async Task EmptyRedisDatabaseAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(ScaleOutFactAttribute.Redis + ",allowAdmin=true");
        await redis.GetServers()[0].FlushDatabaseAsync(RedisDatabase);
    }

    private static Dictionary<string, string> Settings(string connectionString) => new()
    {
        ["Participation:Database:Provider"] = "Postgres",
        ["Participation:Database:ConnectionString"] = connectionString,
        ["Participation:Redis"] = $"{ScaleOutFactAttribute.Redis},defaultDatabase={RedisDatabase}",
        ["Participation:DemoData"] = "true",
        ["Participation:RateLimiting:SignIn:PermitLimit"] = "5",
        ["Participation:RateLimiting:SignIn:WindowSeconds"] = "3600",
        ["Participation:RateLimiting:Submit:PermitLimit"] = "100000",
    };

    [ScaleOutFact]
    public async Task Nodes_share_sign_in_limits_and_keep_every_receipt_when_one_is_killed()
    {
        await EmptyRedisDatabaseAsync();
        var connectionString = PostgresFactAttribute.NewDatabase();
        var root = Path.Combine(Path.GetTempPath(), "participation-nodes", Guid.NewGuid().ToString("N"));
        // Both start together: one migrates and seeds under the startup lock, the other waits for it.
        var starting = new[] { "a", "b" }.Select(n => SiteNode.StartAsync(Path.Combine(root, n), Settings(connectionString))).ToArray();
        var nodes = await Task.WhenAll(starting);
        var (a, b) = (nodes[0], nodes[1]);
        try
        {
            await SignInOnOneNodeIsValidOnTheOther(a, b);
            await SignInLimitHoldsAcrossNodes(a, b);
            await ReceiptsSurviveAKilledNode(a, b, connectionString);
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
            try { Directory.Delete(root, true); } catch (IOException) { }
        }
    }

    private static async Task SignInOnOneNodeIsValidOnTheOther(SiteNode a, SiteNode b)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        // The form and its antiforgery token come from node A; the post goes to node B.
        var page = await http.GetStringAsync($"{a.Url}/account/login");
        foreach (Cookie c in cookies.GetCookies(new Uri(a.Url))) cookies.Add(new Uri(b.Url), new Cookie(c.Name, c.Value, "/"));
        var signIn = await http.PostAsync($"{b.Url}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "resident@demo.example",
            ["Password"] = "demo-password-2026",
            ["__RequestVerificationToken"] = HtmlForms.Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        // The authentication cookie node B issued opens /me on node A.
        foreach (Cookie c in cookies.GetCookies(new Uri(b.Url))) cookies.Add(new Uri(a.Url), new Cookie(c.Name, c.Value, "/"));
        var me = await http.GetAsync($"{a.Url}/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    private static async Task SignInLimitHoldsAcrossNodes(SiteNode a, SiteNode b)
    {
        using var http = new HttpClient();
        // Limit 5 per client and hour, counted in Redis. Node-local counters would allow about ten posts here
        // before the first refusal; a shared counter refuses by the sixth post at the latest.
        for (var i = 0; i < 6; i++)
        {
            var node = i % 2 == 0 ? a : b;
            var response = await http.PostAsync($"{node.Url}/account/login",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.jp", ["Password"] = "wrong" }));
            if (response.StatusCode == HttpStatusCode.TooManyRequests) return;
        }
        Assert.Fail("Six sign-in posts spread over two nodes were not limited: the limit is not shared.");
    }

    private static async Task ReceiptsSurviveAKilledNode(SiteNode a, SiteNode b, string connectionString)
    {
        var roundId = await SubmissionStream.FindOpenRoundAsync(a.Url);
        var aAlive = true;
        var stream = new SubmissionStream(roundId, () => aAlive ? [a.Url, b.Url] : [b.Url]);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var running = stream.RunAsync(workers: 8, stop.Token);
        await stream.UntilReceiptsAsync(8, stop.Token);
        a.Crash();
        aAlive = false;
        var atCrash = stream.Receipts.Count;
        await stream.UntilReceiptsAsync(atCrash + 8, stop.Token);
        await stop.CancelAsync();
        await running;

        Assert.True(stream.Receipts.Count >= 10, $"only {stream.Receipts.Count} submissions were acknowledged ({stream.Failures} failed attempts)");
        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync();
            await using var query = new NpgsqlCommand(
                "SELECT count(*) FROM consultation_submissions WHERE \"ReceiptNumber\" = ANY(@r)", db);
            query.Parameters.AddWithValue("r", stream.Receipts.Values.ToArray());
            Assert.Equal((long)stream.Receipts.Count, (long)(await query.ExecuteScalarAsync())!);
        }
        // A retry with the same key, now on the surviving node, answers with the first receipt.
        foreach (var (key, receipt) in stream.Receipts.Take(40))
            Assert.Equal(receipt, await stream.TrySubmitAsync(b.Url, key));
    }
}
