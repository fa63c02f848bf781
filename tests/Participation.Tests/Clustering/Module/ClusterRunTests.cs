using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

[Collection(ClusteringSiteCollection.Name)]
public sealed class ClusterRunTests(DemoSiteFactory factory)
{
    private async Task<int> StartRoundRunAsync(HttpClient client, int roundId, string? k = null)
    {
        var response = await client.PostFormAsync("/staff/clusters", "/staff/clusters", ("Kind", "Round"), ("RoundId", roundId.ToString()), ("K", k ?? ""));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Staff_start_a_run_that_the_job_completes_with_redacted_representatives()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var texts = ClusteringSite.ParkOpinions.Select((t, i) => i % 3 == 0 ? $"{t}山田太郎様に連絡を、電話は090-1234-5678です。" : t).ToList();
        var roundId = await factory.SeedRoundAsync(chuo, "中央区テスト公園の意見募集", texts);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var runId = await StartRoundRunAsync(client, roundId);

        var queued = await factory.RunAsync(runId);
        Assert.Equal(RunStatus.Queued, queued.Status);
        Assert.Equal(chuo, queued.WardId);
        var waiting = await client.GetStringAsync($"/staff/clusters/{runId}");
        Assert.Contains("http-equiv=\"refresh\"", waiting);
        Assert.Contains("待機中", waiting);

        await factory.RunJobAsync(runId);
        var run = await factory.RunAsync(runId);
        Assert.Equal(RunStatus.Done, run.Status);
        Assert.Equal(1.0, run.Progress);
        Assert.Equal(12, run.ItemCount);
        Assert.True(run.K >= 2);

        var status = await client.GetStringAsync($"/staff/clusters/{runId}/status");
        Assert.Contains("\"status\":\"done\"", status);

        var reps = await factory.WithDbAsync(db => (from r in db.Set<ClusterRepresentative>() join c in db.Set<Cluster>() on r.ClusterId equals c.Id
                                                    where c.RunId == runId select r.RedactedText).ToListAsync());
        Assert.NotEmpty(reps);
        Assert.DoesNotContain(reps, r => r.Contains("090-1234-5678") || r.Contains("山田太郎"));
        Assert.Contains(reps, r => r.Contains("［電話番号］"));
        var members = await factory.WithDbAsync(db => db.Set<ClusterMember>().CountAsync(m => m.RunId == runId));
        Assert.Equal(12, members);

        var page = await client.GetStringAsync($"/staff/clusters/{runId}");
        Assert.DoesNotContain("http-equiv=\"refresh\"", page);
        Assert.Contains("<svg class=\"cluster-map\"", page);
        Assert.DoesNotContain("090-1234-5678", page);
        var clusterId = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId).Select(c => c.Id).FirstAsync());
        var memberPage = await client.GetStringAsync($"/staff/clusters/{runId}/clusters/{clusterId}");
        Assert.Contains("中心からの距離", memberPage);
        Assert.DoesNotContain("090-1234-5678", memberPage);

        // Not public until published; then public, and unpublished again → 404.
        var anonymous = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/clusters/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/staff/clusters/{runId}", $"/staff/clusters/{runId}/publish", ("publish", "true"))).StatusCode);
        var publicPage = await anonymous.GetStringAsync($"/clusters/{runId}");
        Assert.Contains("<table", publicPage);
        Assert.DoesNotContain("090-1234-5678", publicPage);
        Assert.True(await factory.WithDbAsync(db => db.Set<Participation.Core.Audit.AuditEntry>().AnyAsync(a => a.Action == "clustering.run-published")));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/staff/clusters/{runId}", $"/staff/clusters/{runId}/publish", ("publish", "false"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/clusters/{runId}")).StatusCode);
    }

    [Fact]
    public async Task New_submission_is_assigned_to_the_nearest_cluster_without_a_rerun()
    {
        var kita = await factory.WardIdAsync("北区");
        var roundId = await factory.SeedRoundAsync(kita, "北区テスト公園の意見募集", ClusteringSite.ParkOpinions);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.kita@demo.example");
        var runId = await StartRoundRunAsync(client, roundId, "4");
        await factory.RunJobAsync(runId);
        Assert.Equal(4, (await factory.RunAsync(runId)).K);
        var before = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId).SumAsync(c => c.Size));

        var opinionId = await factory.SubmitAsync(roundId, kita, "駅前の駐輪場が足りないので、駐輪場を増やしてほしい。");
        var member = await factory.WithDbAsync(db => db.Set<ClusterMember>().AsNoTracking()
            .FirstOrDefaultAsync(m => m.RunId == runId && m.SourceId == opinionId.ToString()));
        Assert.NotNull(member);
        Assert.True(member.Incremental);
        var clusterLabel = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.Id == member.ClusterId).Select(c => c.Keywords + c.Label).FirstAsync());
        Assert.Contains("駐輪", clusterLabel);
        var after = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId).SumAsync(c => c.Size));
        Assert.Equal(before + 1, after);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ClusterRun>().CountAsync(r => r.ContainerId == roundId.ToString())));
    }

    [Fact]
    public async Task Submissions_raised_together_are_each_placed_at_their_nearest_cluster_once()
    {
        var kita = await factory.WardIdAsync("北区");
        var roundId = await factory.SeedRoundAsync(kita, "北区テスト公園の一括配置", ClusteringSite.ParkOpinions);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.kita@demo.example");
        var runId = await StartRoundRunAsync(client, roundId, "4");
        await factory.RunJobAsync(runId);
        var before = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId).SumAsync(c => c.Size));

        var opinionIds = await factory.SubmitAllAsync(roundId, kita,
            "駅前の駐輪場が足りないので、駐輪場を増やしてほしい。", "公園のトイレが汚いので、トイレを改修してほしい。");
        var sourceIds = opinionIds.Select(i => i.ToString()).ToList();
        var members = await factory.WithDbAsync(db => db.Set<ClusterMember>().AsNoTracking()
            .Where(m => m.RunId == runId && sourceIds.Contains(m.SourceId)).ToListAsync());
        Assert.Equal(sourceIds.Order(), members.Select(m => m.SourceId).Order());
        Assert.All(members, m => Assert.True(m.Incremental));
        var labels = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId)
            .ToDictionaryAsync(c => c.Id, c => c.Keywords + c.Label));
        Assert.Contains("駐輪", labels[members.Single(m => m.SourceId == sourceIds[0]).ClusterId]);
        Assert.Contains("トイレ", labels[members.Single(m => m.SourceId == sourceIds[1]).ClusterId]);
        Assert.Equal(before + 2, await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == runId).SumAsync(c => c.Size)));
    }

    [Fact]
    public async Task A_run_with_too_few_texts_fails_with_a_localised_message()
    {
        var nishi = await factory.WardIdAsync("西区");
        var roundId = await factory.SeedRoundAsync(nishi, "西区の小さな意見募集", ["一件目の意見", "二件目の意見"]);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        var runId = await StartRoundRunAsync(client, roundId);
        await factory.RunJobAsync(runId);
        var run = await factory.RunAsync(runId);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Equal("Clustering.Error.TooFew", run.ErrorKey);
        var page = await client.GetStringAsync($"/staff/clusters/{runId}");
        Assert.Contains("対象の意見が少なすぎるため分類できませんでした", page);
    }

    [Fact]
    public async Task Bad_number_of_topics_gets_a_message_and_keeps_the_input()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        var response = await client.PostFormAsync("/staff/clusters", "/staff/clusters", ("Kind", "Area"), ("K", "99"), ("From", "2026-04-01"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("トピック数は2から30までの数字で入力してください。", html);
        Assert.Contains("value=\"99\"", html);
        Assert.Contains("value=\"2026-04-01\"", html);
    }
}
