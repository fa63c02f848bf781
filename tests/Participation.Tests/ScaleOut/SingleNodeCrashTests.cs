using Microsoft.Data.Sqlite;
using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>The default single node on SQLite: killed with SIGKILL mid-stream and restarted, it has lost nothing it acknowledged.</summary>
[Collection(ProcessNodes.Name)]
public sealed class SingleNodeCrashTests
{
    [Fact]
    public async Task A_killed_sqlite_node_restarts_with_every_acknowledged_submission()
    {
        var appData = Path.Combine(Path.GetTempPath(), "participation-nodes", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Participation:DemoData"] = "true",
            ["Participation:RateLimiting:Submit:PermitLimit"] = "100000",
        };
        try
        {
            var node = await SiteNode.StartAsync(appData, settings);
            var roundId = await SubmissionStream.FindOpenRoundAsync(node.Url);
            var stream = new SubmissionStream(roundId, () => [node.Url]);
            using (var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
            {
                var running = stream.RunAsync(workers: 6, stop.Token);
                await stream.UntilReceiptsAsync(13, stop.Token);
                node.Crash();
                // Workers now fail against the dead node; stop them and keep what was acknowledged.
                await stop.CancelAsync();
                await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(30)));
            }
            Assert.True(stream.Receipts.Count > 10, $"only {stream.Receipts.Count} submissions were made");
            var acknowledged = stream.Receipts.ToDictionary();

            await using var restarted = await SiteNode.StartAsync(appData, settings);
            await using (var db = new SqliteConnection($"Data Source={Path.Combine(appData, "participation.db")}"))
            {
                await db.OpenAsync();
                var found = 0;
                foreach (var receipt in acknowledged.Values)
                {
                    await using var query = new SqliteCommand("SELECT count(*) FROM consultation_submissions WHERE ReceiptNumber = $r", db);
                    query.Parameters.AddWithValue("$r", receipt);
                    found += Convert.ToInt32(await query.ExecuteScalarAsync());
                }
                Assert.Equal(acknowledged.Count, found);
            }
            var retry = new SubmissionStream(roundId, () => [restarted.Url]);
            foreach (var (key, receipt) in acknowledged.Take(30))
                Assert.Equal(receipt, await retry.TrySubmitAsync(restarted.Url, key));

            // Mail and events the killed process had not done yet are done by the restarted one, from the outbox.
            Assert.Equal(0, await Consultations.Intake.Eventually.ValueAsync(() => UnprocessedOutboxAsync(appData), n => n == 0, seconds: 60));
            var mailed = Consultations.Lifecycle.Mails.In(Path.Combine(appData, "mail-pickup")).Select(m => m.Subject).ToList();
            Assert.All(acknowledged.Values, r => Assert.Contains(mailed, subject => subject.Contains(r)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(appData, true); } catch (IOException) { }
        }
    }

    private static async Task<long> UnprocessedOutboxAsync(string appData)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(appData, "participation.db")}");
        await db.OpenAsync();
        await using var query = new SqliteCommand("SELECT count(*) FROM consultation_submission_outbox WHERE ProcessedAt IS NULL", db);
        return Convert.ToInt64(await query.ExecuteScalarAsync());
    }
}
