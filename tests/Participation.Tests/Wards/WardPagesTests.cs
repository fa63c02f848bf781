using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Wards;

public sealed class WardPagesTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task Wards_list_links_every_demo_ward()
    {
        var html = await factory.CreateBrowserClient().GetStringAsync("/wards");
        foreach (var name in new[] { "中央区", "北区", "南区", "東区", "西区", "緑が丘区" })
        {
            var id = await factory.WardIdAsync(name);
            Assert.Contains($"href=\"/wards/{id}\"", html);
            Assert.Contains(name, html);
        }
    }

    [Fact]
    public async Task Ward_page_links_threads_and_shows_meetings_minutes_and_contacts()
    {
        var id = await factory.WardIdAsync("北区");
        var client = factory.CreateBrowserClient();
        var html = await client.GetStringAsync($"/wards/{id}");
        Assert.Contains($"href=\"/wards/{id}?page=2#discussions\"", html);   // 12 demo threads, 10 a page
        html += await client.GetStringAsync($"/wards/{id}?page=2");
        var thread = await factory.DemoThreadAsync(id, "traffic");
        Assert.Contains($"href=\"/wards/{id}/discussions/{thread.Id}\"", html);
        Assert.Contains("区民会議", html);
        Assert.Contains("タウンミーティング", html);
        Assert.Contains("手話通訳", html);          // accessibility notes
        Assert.Contains("議事録", html);
        Assert.Contains("000-000-1002", html);      // the ward office's phone
        Assert.Contains("未回答", html);
        Assert.Contains("回答済み", html);
    }

    [Fact]
    public async Task Thread_page_shows_the_wards_official_answer_with_department()
    {
        var id = await factory.WardIdAsync("南区");
        var thread = await factory.DemoThreadAsync(id, "disaster");
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}/discussions/{thread.Id}");
        Assert.Contains(thread.Title, html);
        Assert.Contains("区からの回答", html);
        Assert.Contains("危機管理課", html);
        Assert.Contains("回答済み", html);
    }

    [Fact]
    public async Task Hidden_demo_thread_shows_its_reason_in_place_of_the_text()
    {
        var id = await factory.WardIdAsync("中央区");
        var hidden = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Participation.Wards.Models.DiscussionThread>(), t => t.WardId == id && t.Visibility == Participation.Wards.Models.Visibility.Hidden));
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}/discussions/{hidden.Id}");
        Assert.Contains("非表示にされました", html);
        Assert.Contains(hidden.ModerationReason!, html);
        Assert.DoesNotContain("オンライン予約ができると助かります", html);
    }

    [Theory]
    [InlineData("通学路", "通学路に横断歩道")]
    [InlineData("ぺっと", "ペットと一緒に")]          // hiragana finds katakana
    [InlineData("ｺﾞﾐ出し", "ごみ出しルール")]          // half-width katakana finds hiragana
    public async Task Search_in_japanese_finds_threads(string query, string expectedTitlePart)
    {
        var id = await factory.WardIdAsync("東区");
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}?q={Uri.EscapeDataString(query)}");
        Assert.Contains(expectedTitlePart, html);
        Assert.DoesNotContain("児童館の開館時間", html);
    }

    [Fact]
    public async Task Unknown_ward_and_thread_are_not_found()
    {
        var client = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/wards/99999")).StatusCode);
        var id = await factory.WardIdAsync("西区");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/wards/{id}/discussions/99999")).StatusCode);
        // A thread of another ward is not reachable under this ward's address.
        var other = await factory.DemoThreadAsync(await factory.WardIdAsync("北区"), "parks");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/wards/{id}/discussions/{other.Id}")).StatusCode);
    }

    [Fact]
    public async Task Meeting_registration_counts_seats_once_per_person()
    {
        var id = await factory.WardIdAsync("西区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var page = await client.GetStringAsync($"/wards/{id}");
        var meetingId = int.Parse(System.Text.RegularExpressions.Regex.Match(page, $"/wards/{id}/meetings/(\\d+)/register").Groups[1].Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/wards/{id}", $"/wards/{id}/meetings/{meetingId}/register")).StatusCode);
        var again = await client.GetStringAsync($"/wards/{id}");
        Assert.Contains("申込済み", again);
        var count = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Set<Participation.Wards.Models.MeetingRegistration>(), r => r.MeetingId == meetingId));
        Assert.Equal(1, count);
    }
}
