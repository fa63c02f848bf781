using System.Collections.Concurrent;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// Hangfire on PostgreSQL as the nodes use it: two job servers (two nodes' workers) on one storage, and every
/// enqueued job runs exactly once — taken by one server, never by both, none left behind.
/// </summary>
public sealed class JobsOnceTests
{
    private static readonly ConcurrentDictionary<string, int> Runs = new();

    /// <summary>The job: counts its runs by key (public static, so any server can invoke it).</summary>
    public static void Record(string key) => Runs.AddOrUpdate(key, 1, (_, n) => n + 1);

    [PostgresFact]
    public async Task Jobs_enqueued_to_two_servers_on_one_postgres_storage_each_run_once()
    {
        var connection = PostgresFactAttribute.NewDatabase();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(connection).Database}\"", admin).ExecuteNonQueryAsync();
        }
        var storage = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connection, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });
        var run = Guid.NewGuid().ToString("N")[..8];
        var keys = Enumerable.Range(0, 60).Select(i => $"{run}-{i}").ToList();
        var client = new BackgroundJobClient(storage);
        foreach (var key in keys) client.Enqueue(() => Record(key));

        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 4, ServerName = "node-a" }, storage))
        using (new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 4, ServerName = "node-b" }, storage))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (keys.Any(k => !Runs.ContainsKey(k)) && DateTime.UtcNow < deadline) await Task.Delay(100);
            await Task.Delay(1500); // time enough for a second run, if there were to be one
        }
        Assert.All(keys, k => Assert.Equal(1, Runs.GetValueOrDefault(k)));
        Assert.Equal(keys.Count, storage.GetMonitoringApi().SucceededListCount());
    }
}
