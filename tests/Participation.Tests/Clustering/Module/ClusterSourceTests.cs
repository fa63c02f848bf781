using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Core.Clustering;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

[Collection(ClusteringSiteCollection.Name)]
public sealed class ClusterSourceTests(DemoSiteFactory factory)
{
    private async Task<List<ClusterSourceItem>> ItemsAsync(string sourceType, ClusterScope scope)
    {
        using var s = factory.Services.CreateScope();
        var source = s.ServiceProvider.GetServices<IClusterSource>().Single(x => x.SourceType == sourceType);
        var items = new List<ClusterSourceItem>();
        await foreach (var item in source.ItemsAsync(scope)) items.Add(item);
        return items;
    }

    [Fact]
    public async Task Opinion_source_gives_active_unwithheld_opinions_of_the_round_only()
    {
        var ward = await factory.WardIdAsync("南区");
        var roundId = await factory.SeedRoundAsync(ward, "ソーステスト用の意見募集", ["保育園を増やしてほしい。", "公園を広くしてほしい。"]);
        var (withdrawn, withheld) = await factory.WithDbAsync(async db =>
        {
            var a = await ClusteringSite.AddSubmissionAsync(db, roundId, ward, "取り下げた意見です。", SubmissionStatus.Withdrawn);
            var b = await ClusteringSite.AddSubmissionAsync(db, roundId, ward, "公表を控えた意見です。", withheld: true);
            return (a.Opinions[0].Id.ToString(), b.Opinions[0].Id.ToString());
        });
        var items = await ItemsAsync("opinion", new ClusterScope(roundId.ToString()));
        Assert.Equal(["保育園を増やしてほしい。", "公園を広くしてほしい。"], items.Select(i => i.Text).ToArray());
        Assert.All(items, i => Assert.Equal("opinion", i.SourceType));
        Assert.All(items, i => Assert.Equal(ward, i.WardId));
        Assert.DoesNotContain(items, i => i.SourceId == withdrawn || i.SourceId == withheld);
        Assert.Empty(await ItemsAsync("opinion", new ClusterScope("not-a-round")));

        // Narrowed to given items (how a new submission is placed without reading the whole round).
        var second = items[1].SourceId;
        var only = await ItemsAsync("opinion", new ClusterScope(roundId.ToString(), SourceIds: [second, withheld, "not-an-id"]));
        Assert.Equal(["公園を広くしてほしい。"], only.Select(i => i.Text).ToArray());
    }

    [Fact]
    public async Task Ward_post_source_gives_the_wards_visible_posts_redacted()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var items = await ItemsAsync("ward-post", new ClusterScope($"ward:{chuo}"));
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(chuo, i.WardId));
        Assert.Contains(items, i => i.SourceId.StartsWith("thread:"));
        var all = await ItemsAsync("ward-post", new ClusterScope());
        Assert.True(all.Count > items.Count);
        var future = await ItemsAsync("ward-post", new ClusterScope(null, chuo, DateTime.UtcNow.AddDays(1)));
        Assert.Empty(future);
        var one = await ItemsAsync("ward-post", new ClusterScope($"ward:{chuo}", SourceIds: [items[0].SourceId]));
        Assert.Equal(items[0].Text, Assert.Single(one).Text);
    }
}
