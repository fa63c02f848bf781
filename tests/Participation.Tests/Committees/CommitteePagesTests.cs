using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Services;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Committees;

public class CommitteePagesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private static string Essay(int chars) => string.Concat(Enumerable.Repeat("市民の声を届けます。", chars / 10 + 1))[..chars];

    private async Task<int> RecruitingCommitteeIdAsync() =>
        await factory.WithDbAsync(db => db.Set<Committee>().Where(c => c.Name == "環境審議会").Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task List_links_each_committee_and_the_open_one_links_to_its_form()
    {
        var client = factory.CreateBrowserClient();
        var id = await RecruitingCommitteeIdAsync();
        var list = await client.GetStringAsync("/committees");
        Assert.Contains($"href=\"/committees/{id}\"", list);
        Assert.Contains("地域公共交通会議", list);
        var page = await client.GetStringAsync($"/committees/{id}");
        Assert.Contains($"/committees/{id}/apply", page);
        var form = await client.GetStringAsync($"/committees/{id}/apply");
        Assert.Contains("data-count-max=\"1600\"", form);
    }

    [Fact]
    public async Task Closed_recruitment_has_no_form()
    {
        var client = factory.CreateBrowserClient();
        var closed = await factory.WithDbAsync(db => db.Set<Committee>().Where(c => c.Name == "地域公共交通会議").Select(c => c.Id).SingleAsync());
        var page = await client.GetStringAsync($"/committees/{closed}");
        Assert.DoesNotContain($"/committees/{closed}/apply", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/committees/{closed}/apply")).StatusCode);
    }

    [Fact]
    public async Task Short_essay_is_refused_with_the_count_and_everything_typed_is_kept()
    {
        var client = factory.CreateBrowserClient();
        var id = await RecruitingCommitteeIdAsync();
        var url = $"/committees/{id}/apply";
        var response = await client.PostFormAsync(url, url,
            ("Input.Name", "山田 花子"), ("Input.Email", "hanako@example.jp"), ("Input.Age", "34"), ("Input.Gender", "女性"),
            ("Input.Ward", "北区"), ("Input.CityLink", "true"), ("Input.Essay", Essay(500)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("800字以上1600字以内", html);
        Assert.Contains("現在500字", html);
        Assert.Contains("山田 花子", html);
        Assert.Contains(Essay(500), html);
    }

    [Fact]
    public async Task Ineligible_applicant_gets_the_reason_and_valid_one_a_receipt()
    {
        var client = factory.CreateBrowserClient();
        var id = await RecruitingCommitteeIdAsync();
        var url = $"/committees/{id}/apply";
        var refused = await client.PostFormAsync(url, url,
            ("Input.Name", "佐々木 一郎"), ("Input.Email", "ichiro@example.jp"), ("Input.Age", "16"), ("Input.Gender", "男性"),
            ("Input.Ward", "中央区"), ("Input.Essay", Essay(900)));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("年齢の条件を満たしていません", html);
        Assert.Contains("市内在住・在勤・在学の方が対象です", html);
        Assert.Contains("佐々木 一郎", html);

        var accepted = await client.PostFormAsync(url, url,
            ("Input.Name", "佐々木 一郎"), ("Input.Email", "ichiro@example.jp"), ("Input.Age", "46"), ("Input.Gender", "男性"),
            ("Input.Ward", "中央区"), ("Input.CityLink", "true"), ("Input.Essay", Essay(900)));
        var receipt = await accepted.Content.ReadAsStringAsync();
        Assert.Contains("応募を受け付けました", receipt);
        var stored = await factory.WithDbAsync(db => db.Set<Application>().Include(a => a.Contact).SingleAsync(a => a.Contact!.Email == "ichiro@example.jp"));
        Assert.Equal("40-49", stored.AgeBand);
        Assert.Equal(ApplicationStatus.Received, stored.Status);
        Assert.Contains(stored.ReceiptNumber, receipt);
    }

    [Theory]
    [InlineData("あいう", 3)]
    [InlineData("𠮷野家", 3)]          // surrogate pair counts once
    [InlineData("か\u3099き", 2)]      // combining voiced mark counts with its base
    [InlineData("一行目\r\n二行目", 6)] // line breaks do not count
    public void Essay_length_counts_japanese_characters(string text, int expected) =>
        Assert.Equal(expected, EssayLength.Count(text));
}
