using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Statistics;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;
using Participation.Wards.Services;

namespace Participation.Tests.Wards;

public sealed class WardFiguresTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task Statistics_count_threads_replies_and_answered_share_per_ward()
    {
        var kita = await factory.WardIdAsync("北区");
        using var scope = factory.Services.CreateScope();
        var provider = scope.ServiceProvider.GetServices<IStatisticsProvider>().OfType<WardsStatisticsProvider>().Single();
        var rows = await provider.GetAsync(new StatisticsQuery(WardId: kita), CancellationToken.None);
        var threads = rows.Single(r => r.Key == "wards.threads" && r.DimensionValue == kita.ToString());
        var share = rows.Single(r => r.Key == "wards.answered_share" && r.DimensionValue == kita.ToString());
        Assert.Equal(12, threads.Value);
        Assert.Equal(6.0 / 12, share.Value);
        Assert.True(rows.Single(r => r.Key == "wards.replies" && r.Dimension is null).Value > 10);
    }

    [Fact]
    public async Task Post_texts_for_clustering_leave_out_hidden_threads_and_official_answers()
    {
        var chuo = await factory.WardIdAsync("中央区");
        using var scope = factory.Services.CreateScope();
        var texts = await scope.ServiceProvider.GetRequiredService<WardPostTexts>().ForWardAsync(chuo, CancellationToken.None);
        Assert.Contains(texts, t => t.Text.Contains("通学路"));
        Assert.DoesNotContain(texts, t => t.Text.Contains("オンライン予約"));      // the hidden demo thread
        Assert.DoesNotContain(texts, t => t.Text.Contains("所轄警察署"));          // an official answer
        Assert.All(texts, t => Assert.Equal(chuo, t.WardId));
    }

    [Fact]
    public async Task Replies_are_paginated()
    {
        var minami = await factory.WardIdAsync("南区");
        var thread = await factory.DemoThreadAsync(minami, "children");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < DiscussionLimits.RepliesPerPage + 5; i++)
                db.Add(new DiscussionPost { ThreadId = thread.Id, AuthorId = "demo:test", AuthorNickname = "ページ送り", Body = $"返信番号{i:000}", CreatedAt = DateTime.UtcNow.AddMinutes(i) });
            return await db.SaveChangesAsync();
        });
        var url = $"/wards/{minami}/discussions/{thread.Id}";
        var first = await factory.CreateBrowserClient().GetStringAsync(url);
        Assert.Contains($"href=\"{url}?page=2\"", first);
        Assert.DoesNotContain("返信番号034", first);
        var second = await factory.CreateBrowserClient().GetStringAsync(url + "?page=2");
        Assert.Contains("返信番号034", second);
    }
}
