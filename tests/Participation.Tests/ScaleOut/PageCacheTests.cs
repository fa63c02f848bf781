using System.Net.Http.Json;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.ScaleOut;

/// <summary>A demo site with public-page caching on, as deployed.</summary>
public sealed class CachedDemoSiteFactory : ParticipationFactory
{
    public CachedDemoSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:PageCache:Seconds"] = "60";
    }
}

public sealed class PageCacheTests(CachedDemoSiteFactory factory) : IClassFixture<CachedDemoSiteFactory>
{
    [Fact]
    public async Task An_anonymous_visitor_gets_the_stored_copy_of_a_public_page()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/plans");
        var second = await client.GetAsync("/plans");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_change_saved_by_the_site_shows_at_once()
    {
        var client = factory.CreateClient();
        var roundId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.Open).Select(r => r.Id).FirstAsync());
        Assert.NotNull((await client.GetAsync($"/rounds/{roundId}")).Headers.Age ?? (await client.GetAsync($"/rounds/{roundId}")).Headers.Age);

        var title = "キャッシュ確認用の新しい題名 " + Guid.NewGuid().ToString("N")[..6];
        await factory.WithDbAsync(async db =>
        {
            var round = await db.Set<ConsultationRound>().FindAsync(roundId);
            round!.Title = title;
            return await db.SaveChangesAsync();
        });

        var after = await client.GetAsync($"/rounds/{roundId}");
        Assert.Null(after.Headers.Age);
        Assert.Contains(title, await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_submission_written_by_the_group_commit_shows_at_once()
    {
        // The writer inserts with raw SQL (no SaveChanges), so eviction comes through IWrittenWithoutSaveChanges.
        var client = factory.CreateClient();
        var roundId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.Open).Select(r => r.Id).FirstAsync());
        await client.GetAsync("/rounds");
        Assert.NotNull((await client.GetAsync("/rounds")).Headers.Age);

        var submitted = await client.PostAsJsonAsync($"/api/rounds/{roundId}/submissions", new
        {
            category = "resident", name = "キャッシュ 確認", email = "cache.check@example.jp",
            opinions = new[] { new { section = "general", text = "一覧の件数がすぐ変わるか確かめます。" } },
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var count = await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.RoundId == roundId && s.Status == SubmissionStatus.Active));

        var after = await client.GetAsync("/rounds");
        Assert.Null(after.Headers.Age);
        var html = await after.Content.ReadAsStringAsync();
        var at = html.IndexOf($"href=\"/rounds/{roundId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0);
        Assert.Contains($"：{count}</p>", html[at..Math.Min(html.Length, at + 2000)]);
    }

    [Fact]
    public async Task Pages_with_a_form_are_never_shared()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/account/login");
        var second = await client.GetAsync("/account/login");
        Assert.Null(second.Headers.Age);
        Assert.NotNull(HtmlForms.TryToken(await second.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Signed_in_people_always_get_their_own_page()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("resident@demo.example");
        await client.GetAsync("/wards");
        var second = await client.GetAsync("/wards");
        Assert.Null(second.Headers.Age);
        Assert.Contains("/me", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_language_has_its_own_copy()
    {
        var japanese = factory.CreateClient();
        await japanese.GetAsync("/committees");
        var cached = await japanese.GetAsync("/committees");
        Assert.NotNull(cached.Headers.Age);

        var english = factory.CreateClient();
        english.DefaultRequestHeaders.Add("Cookie", ".participation.culture=c%3Den%7Cuic%3Den");
        var page = await (await english.GetAsync("/committees")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", page);
        Assert.Contains("<html lang=\"ja\"", await cached.Content.ReadAsStringAsync());
    }
}
