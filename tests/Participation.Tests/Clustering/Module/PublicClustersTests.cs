using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Models;
using Participation.Core.Clustering;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

[Collection(ClusteringSiteCollection.Name)]
public sealed class PublicClustersTests(DemoSiteFactory factory)
{
    [Fact]
    public async Task Demo_setup_publishes_a_topic_map_of_the_published_round()
    {
        var round = await factory.RoundAsync("中央区公園再整備基本方針");
        var run = await factory.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking().FirstAsync(r => r.ContainerId == round.Id.ToString()));
        Assert.Equal(RunStatus.Done, run.Status);
        Assert.True(run.IsPublished);
        Assert.True(run.ItemCount > 100);

        var html = await factory.CreateBrowserClient().GetStringAsync($"/clusters/{run.Id}");
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("<title id=\"map-title\">", html);
        Assert.Contains("<desc id=\"map-desc\">", html);
        Assert.Contains("<caption>", html);
        Assert.Contains("<th scope=\"col\">キーワード</th>", html);
        Assert.Contains("<circle", html);
        Assert.Contains("<rect x=", html);   // a second cluster drawn as squares: shape, not colour alone
        var labels = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == run.Id).Select(c => c.Label).ToListAsync());
        Assert.True(labels.Count >= 2);
        Assert.All(labels, l => Assert.Matches(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}\p{IsHiragana}]", l));
        foreach (var label in labels) Assert.Contains(System.Net.WebUtility.HtmlEncode(label), html);
        Assert.Contains($"<title>{labels[0]}（", html);   // each cluster's group in the SVG is titled in Japanese

        var results = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{round.Id}/results");
        Assert.Contains($"href=\"/clusters/{run.Id}\"", results);
    }

    [Fact]
    public async Task Ward_page_links_its_published_discussion_map()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var run = await factory.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking().FirstAsync(r => r.ScopeKind == RunScopeKind.WardDiscussions && r.WardId == chuo));
        Assert.Equal(RunStatus.Done, run.Status);
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{chuo}");
        Assert.Contains($"href=\"/clusters/{run.Id}\"", html);
    }

    [Fact]
    public async Task Unknown_or_unpublished_runs_are_not_found()
    {
        var client = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/clusters/999999")).StatusCode);
        var id = await factory.WithDbAsync(async db =>
        {
            var run = new ClusterRun { Title = "未公開", ScopeKind = RunScopeKind.Area, Status = RunStatus.Done, CreatedAt = DateTime.UtcNow };
            db.Add(run);
            await db.SaveChangesAsync();
            return run.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/clusters/{id}")).StatusCode);
    }

    [Fact]
    public async Task Published_clusters_contract_gives_the_rounds_topics_redacted()
    {
        var round = await factory.RoundAsync("中央区公園再整備基本方針");
        using var scope = factory.Services.CreateScope();
        var published = scope.ServiceProvider.GetRequiredService<IPublishedClusters>();
        var clusters = await published.ForRoundAsync(round.Id);
        Assert.NotEmpty(clusters);
        Assert.Equal(await factory.WithDbAsync(db => db.Set<ClusterRun>().Where(r => r.ContainerId == round.Id.ToString() && r.IsPublished).Select(r => r.ItemCount).FirstAsync()),
            clusters.Sum(c => c.Size));
        Assert.All(clusters, c => Assert.NotEmpty(c.Keywords));
        Assert.All(clusters, c => Assert.InRange(c.Representatives.Count, 1, 5));
        var closed = await factory.RoundAsync("北区子育て支援施設整備計画");
        Assert.Empty(await published.ForRoundAsync(closed.Id));
        var maps = scope.ServiceProvider.GetRequiredService<IPublishedClusterMaps>();
        Assert.Null(await maps.ForRoundAsync(closed.Id));
        Assert.StartsWith("/clusters/", await maps.ForRoundAsync(round.Id));
    }
}
