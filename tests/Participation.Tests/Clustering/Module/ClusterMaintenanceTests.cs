using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

/// <summary>Runs a crash left behind are recovered; old runs and model files are pruned; staff read what happened.</summary>
[Collection(ClusteringSiteCollection.Name)]
public sealed class ClusterMaintenanceTests(DemoSiteFactory factory)
{
    private async Task<int> AddRunAsync(Action<ClusterRun> setup)
    {
        var chuo = await factory.WardIdAsync("中央区");
        return await factory.WithDbAsync(async db =>
        {
            // A period with nothing in it: a re-queued run finishes at once (too few texts).
            var run = new ClusterRun
            {
                Title = "中央区テスト保守", ScopeKind = RunScopeKind.Area, WardId = chuo, CreatedAt = DateTime.UtcNow,
                From = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), To = new DateTime(2000, 1, 2, 0, 0, 0, DateTimeKind.Utc),
            };
            setup(run);
            db.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });
    }

    private async Task RecoverAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<StuckRuns>().RecoverAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_run_left_running_is_queued_again_then_failed_with_a_message_staff_read()
    {
        var old = DateTime.UtcNow.AddHours(-2);
        var stuck = await AddRunAsync(r => { r.Status = RunStatus.Running; r.StartedAt = old; r.HeartbeatAt = old; r.Attempts = 1; r.Progress = 0.4; });
        var alive = await AddRunAsync(r => { r.Status = RunStatus.Running; r.StartedAt = old; r.HeartbeatAt = DateTime.UtcNow; r.Attempts = 1; });
        var spent = await AddRunAsync(r => { r.Status = RunStatus.Running; r.StartedAt = old; r.HeartbeatAt = old; r.Attempts = 2; });
        var lost = await AddRunAsync(r => { r.Status = RunStatus.Queued; r.CreatedAt = old; });

        await RecoverAsync();

        var requeued = await factory.RunAsync(stuck);
        Assert.Equal(RunStatus.Queued, requeued.Status);
        Assert.Equal(StuckRuns.RequeuedKey, requeued.ErrorKey);
        Assert.Equal(RunStatus.Running, (await factory.RunAsync(alive)).Status);
        var failed = await factory.RunAsync(spent);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Equal(StuckRuns.InterruptedKey, failed.ErrorKey);
        Assert.Equal(RunStatus.Queued, (await factory.RunAsync(lost)).Status);
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "clustering.run-interrupted" && a.EntityId == spent.ToString())));

        var staff = await factory.StaffAsync();
        Assert.Contains("再実行でも完了しませんでした", await staff.GetStringAsync($"/staff/clusters/{spent}"));
        Assert.Contains("自動的にやり直しました", await staff.GetStringAsync($"/staff/clusters/{stuck}"));
        Assert.Contains("\"status\":\"failed\"", await staff.GetStringAsync($"/staff/clusters/{spent}/status"));

        // The re-queued run's job completes it (the job claims it once) and the notice stays for staff.
        await factory.RunJobAsync(stuck);
        var done = await factory.RunAsync(stuck);
        Assert.NotEqual(RunStatus.Running, done.Status);
        Assert.Equal(2, done.Attempts);
        await factory.RunJobAsync(stuck);
        Assert.Equal(2, (await factory.RunAsync(stuck)).Attempts);
    }

    [Fact]
    public async Task Old_runs_beyond_the_limit_are_pruned_with_their_model_files()
    {
        var store = factory.Services.GetRequiredService<ClusteringModelStore>();
        var kita = await factory.WardIdAsync("北区");
        var from = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var n = i;
            ids.Add(await factory.WithDbAsync(async db =>
            {
                var run = new ClusterRun
                {
                    Title = "北区テスト剪定", ScopeKind = RunScopeKind.Area, WardId = kita, From = from, Status = RunStatus.Done,
                    CreatedAt = DateTime.UtcNow.AddMinutes(-100 + n), FinishedAt = DateTime.UtcNow.AddMinutes(-100 + n), IsPublished = n == 0,
                    ModelFile = $"run-prune-test-{n}.model",
                };
                db.Add(run);
                await db.SaveChangesAsync();
                db.Add(new Cluster { RunId = run.Id, Index = 0, Label = "テスト", Size = 1 });
                await db.SaveChangesAsync();
                return run.Id;
            }));
            Directory.CreateDirectory(Path.GetDirectoryName(store.PathOf("x"))!);
            await File.WriteAllTextAsync(store.PathOf($"run-prune-test-{i}.model"), "x");
        }
        var orphan = store.PathOf("run-orphan-test.model");
        await File.WriteAllTextAsync(orphan, "x");
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-2));

        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ClusteringMaintenanceJob>().RunAsync();

        var left = await factory.WithDbAsync(db => db.Set<ClusterRun>().Where(r => r.Title == "北区テスト剪定").Select(r => r.Id).ToListAsync());
        // Newest 5 kept, plus the published oldest; runs 1 and 2 are gone with their clusters and files.
        Assert.Equal(ids.Skip(3).Append(ids[0]).OrderBy(i => i), left.OrderBy(i => i));
        Assert.False(await factory.WithDbAsync(db => db.Set<Cluster>().AnyAsync(c => c.RunId == ids[1] || c.RunId == ids[2])));
        Assert.False(File.Exists(store.PathOf("run-prune-test-1.model")));
        Assert.False(File.Exists(store.PathOf("run-prune-test-2.model")));
        Assert.True(File.Exists(store.PathOf("run-prune-test-0.model")));
        Assert.True(File.Exists(store.PathOf("run-prune-test-7.model")));
        Assert.False(File.Exists(orphan));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "clustering.run-pruned" && a.EntityId == ids[1].ToString())));
    }
}
