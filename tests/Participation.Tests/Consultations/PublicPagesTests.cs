using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations;

public sealed class PublicPagesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Rounds_list_shows_open_upcoming_closed_and_published_rounds_with_lowercase_links()
    {
        var html = await factory.CreateBrowserClient().GetStringAsync("/rounds");
        Assert.Contains("みどり市地域公共交通計画（案）への意見募集", html);
        Assert.Contains("中央区公園再整備基本方針（案）への意見募集", html);
        Assert.Contains("北区子育て支援施設整備計画（案）への意見募集", html);
        Assert.Contains("ごみ減量", html);
        var open = await RoundIds.OfAsync(factory, RoundStatus.Open);
        Assert.Contains($"href=\"/rounds/{open}\"", html);
    }

    [Fact]
    public async Task Ward_filter_hides_other_wards_rounds()
    {
        var kita = await factory.WithDbAsync(db => db.Set<Participation.Core.Cities.Ward>().Where(w => w.Name == "北区").Select(w => w.Id).FirstAsync());
        var html = await factory.CreateBrowserClient().GetStringAsync($"/rounds?ward={kita}");
        Assert.Contains("北区子育て支援", html);
        Assert.DoesNotContain("中央区公園再整備", html);
    }

    [Fact]
    public async Task Round_page_shows_sections_with_anchors_and_every_channel()
    {
        var open = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var html = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{open}");
        Assert.Contains("id=\"section-1\"", html);
        Assert.Contains("href=\"#section-4\"", html);
        Assert.Contains("デマンド交通", html);
        Assert.Contains("FAX", html);
        Assert.Contains($"href=\"/rounds/{open}/submit\"", html);
    }

    [Fact]
    public async Task Results_page_shows_answers_reflection_and_counts_without_personal_data()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.ResultsPublished);
        var html = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{id}/results");
        Assert.Contains("考え方", html);
        Assert.Contains("反映区分", html);
        Assert.Contains("A：反映する", html);
        Assert.Contains("郵送", html);
        Assert.Contains("FAX", html);
        Assert.Contains("市内在住", html);
        var contacts = await factory.WithDbAsync(db =>
            (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
             where s.RoundId == id select c).ToListAsync());
        foreach (var c in contacts)
        {
            if (c.Email is not null) Assert.DoesNotContain(c.Email, html);
            if (c.Address is not null) Assert.DoesNotContain(c.Address, html);
        }
        Assert.DoesNotContain("090-0000-", html);
        Assert.DoesNotContain("@example.jp", html);
    }

    [Fact]
    public async Task Results_of_an_unpublished_round_are_not_shown()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Closed);
        var html = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{id}/results");
        Assert.Contains("まだ公表されていません", html);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync("/rounds/99999")).StatusCode);
    }

    [Fact]
    public async Task Demo_has_several_hundred_opinions_over_several_channels()
    {
        var open = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var (opinions, channels) = await factory.WithDbAsync(async db => (
            await db.Set<Opinion>().CountAsync(o => o.RoundId == open),
            await db.Set<Submission>().Where(s => s.RoundId == open).Select(s => s.Channel).Distinct().CountAsync()));
        Assert.True(opinions >= 300, $"{opinions} opinions");
        Assert.True(channels >= 5);
    }
}
