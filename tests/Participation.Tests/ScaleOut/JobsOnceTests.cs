using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Jobs;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// Two nodes share one PostgreSQL job store: every job enqueued on one node runs exactly once, and both nodes
/// take work. The nodes live in one process here, which also proves each host keeps its own job storage and
/// services (Hangfire's static defaults would hand the first node's jobs to the second node's container).
/// </summary>
public sealed class JobsOnceTests
{
    [PostgresFact]
    public async Task Jobs_enqueued_on_one_node_run_once_each_across_two_nodes()
    {
        var database = PostgresFactAttribute.NewDatabase();
        using var first = Node(database, "node-a");
        first.CreateClient();
        using var second = Node(database, "node-b");
        second.CreateClient();
        var batch = Guid.NewGuid().ToString("N");

        first.WithScope(s =>
        {
            var jobs = s.GetRequiredService<IJobScheduler>();
            for (var n = 0; n < 60; n++) { var number = n; jobs.Enqueue<CountingJob>(j => j.RunAsync(batch, number)); }
            return 0;
        });

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (CountingJob.Runs(batch).Count < 60 && DateTime.UtcNow < deadline) await Task.Delay(200);
        await Task.Delay(1500); // a second run of any job would show up here
        var runs = CountingJob.Runs(batch);
        Assert.Equal(Enumerable.Range(0, 60), runs.Select(r => r.Number).Order());
        Assert.All(runs.GroupBy(r => r.Number), g => Assert.Single(g));
        Assert.Equal(["node-a", "node-b"], runs.Select(r => r.Node).Distinct().Order());
    }

    private static ParticipationFactory Node(string database, string name)
    {
        var factory = new ParticipationFactory();
        factory.Settings["Participation:Database:Provider"] = "Postgres";
        factory.Settings["Participation:Database:ConnectionString"] = database;
        factory.Settings["Participation:Jobs:RunServer"] = "true";
        factory.Settings["Participation:Jobs:PollSeconds"] = "0.2";
        factory.Settings["Participation:NodeName"] = name;
        return factory;
    }
}

/// <summary>A job that records which node ran it; resolved by the node's own job activator.</summary>
public sealed class CountingJob(IConfiguration configuration)
{
    private static readonly ConcurrentQueue<(string Batch, int Number, string Node)> All = new();

    public static IReadOnlyList<(int Number, string Node)> Runs(string batch) =>
        All.Where(r => r.Batch == batch).Select(r => (r.Number, r.Node)).ToList();

    public async Task RunAsync(string batch, int number)
    {
        await Task.Delay(100);
        All.Enqueue((batch, number, configuration["Participation:NodeName"] ?? "?"));
    }
}
