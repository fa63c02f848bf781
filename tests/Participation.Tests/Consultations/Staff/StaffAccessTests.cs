using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.Staff;

/// <summary>The ward rule on every staff route: own ward full, city-wide entry only, other wards never.</summary>
public sealed class StaffAccessTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Round_list_shows_own_ward_and_city_wide_rounds_only()
    {
        var kita = await SignedInAsync(factory, Kita);
        var html = await kita.GetStringAsync("/staff/rounds");
        Assert.Contains("北区子育て支援施設整備計画", html);
        Assert.Contains("みどり市地域公共交通計画", html);
        Assert.DoesNotContain("中央区公園再整備基本方針", html);
        Assert.Contains("入力のみ", html);

        var admin = await SignedInAsync(factory, Admin);
        var all = await admin.GetStringAsync("/staff/rounds");
        Assert.Contains("中央区公園再整備基本方針", all);
        Assert.Contains("北区子育て支援施設整備計画", all);

        var resident = await SignedInAsync(factory, "resident@demo.example");
        var denied = await resident.GetAsync("/staff/rounds");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task Kita_staff_can_neither_see_nor_touch_a_chuo_round()
    {
        var parks = await RoundAsync(factory, RoundStatus.ResultsPublished);
        var receipt = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.RoundId == parks).Select(s => s.ReceiptNumber).FirstAsync());
        var opinion = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.RoundId == parks).Select(o => o.Id).FirstAsync());
        var group = await factory.WithDbAsync(db => db.Set<OpinionGroup>().Where(g => g.RoundId == parks).Select(g => g.Id).FirstAsync());
        var kita = await SignedInAsync(factory, Kita);
        foreach (var url in new[]
                 {
                     $"/staff/rounds/{parks}", $"/staff/rounds/{parks}/submissions", $"/staff/rounds/{parks}/submissions/new",
                     $"/staff/rounds/{parks}/submissions/{receipt.ToLowerInvariant()}", $"/staff/rounds/{parks}/submissions/{receipt.ToLowerInvariant()}/letter.pdf",
                     $"/staff/rounds/{parks}/groups", $"/staff/rounds/{parks}/groups/{group}", $"/staff/rounds/{parks}/opinions/{opinion}/split",
                     $"/staff/rounds/{parks}/redaction", $"/staff/rounds/{parks}/redaction/{opinion}", $"/staff/rounds/{parks}/publish",
                 })
            Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync(url)).StatusCode);

        // Posts with a valid antiforgery token from a page kita may open are refused as well, and change nothing.
        var closed = await RoundAsync(factory, RoundStatus.Closed);
        var (_, af, _, _) = await OpenAsync(kita, $"/staff/rounds/{closed}/groups");
        var before = await factory.WithDbAsync(db => db.Set<OpinionGroup>().Where(g => g.Id == group).Select(g => g.Answer).FirstAsync());
        foreach (var (url, fields) in new (string, (string, string)[])[]
                 {
                     ($"/staff/rounds/{parks}/groups/{group}", [("Summary", "乗っ取り"), ("Answer", "書き換え"), ("Reflection", "A"), ("Version", "0")]),
                     ($"/staff/rounds/{parks}/groups", [("summary", "新規"), ("opinionIds", opinion.ToString())]),
                     ($"/staff/rounds/{parks}/groups/{group}/remove", [("opinionIds", opinion.ToString())]),
                     ($"/staff/rounds/{parks}/redaction/{opinion}", [("Decision", "withhold"), ("Reason", "x"), ("Version", "0")]),
                     ($"/staff/rounds/{parks}/redaction/redact-pending", []),
                     ($"/staff/rounds/{parks}/submissions/new", [("Channel", "Post"), ("Category", "Resident"), ("ReceivedOn", Today()), ("Opinions[0].Text", "x")]),
                     ($"/staff/rounds/{parks}/publish", []),
                 })
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(kita, url, af, fields)).StatusCode);
        var after = await factory.WithDbAsync(db => db.Set<OpinionGroup>().Where(g => g.Id == group).Select(g => g.Answer).FirstAsync());
        Assert.Equal(before, after);
        Assert.False(await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Id == opinion).Select(o => o.Withheld).FirstAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await kita.GetAsync("/staff/rounds/99999/submissions")).StatusCode);
    }

    [Fact]
    public async Task Ward_staff_enter_submissions_for_a_city_wide_round_but_do_not_group_it()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var chuo = await SignedInAsync(factory, Chuo);
        Assert.Equal(HttpStatusCode.OK, (await chuo.GetAsync($"/staff/rounds/{open}/submissions/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chuo.GetAsync($"/staff/rounds/{open}/submissions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chuo.GetAsync($"/staff/rounds/{open}/groups")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chuo.GetAsync($"/staff/rounds/{open}/publish")).StatusCode);
    }

    [Fact]
    public async Task Submission_detail_shows_personal_data_only_with_the_permission()
    {
        var parks = await RoundAsync(factory, RoundStatus.ResultsPublished);
        var (receipt, name) = await factory.WithDbAsync(async db =>
        {
            var row = await (from s in db.Set<Submission>() join c in db.Set<SubmitterContact>() on s.Id equals c.SubmissionId
                             where s.RoundId == parks && c.Name != null select new { s.ReceiptNumber, c.Name }).FirstAsync();
            return (row.ReceiptNumber, row.Name!);
        });
        var url = $"/staff/rounds/{parks}/submissions/{receipt.ToLowerInvariant()}";
        var admin = await (await SignedInAsync(factory, Admin)).GetStringAsync(url);
        Assert.Contains(name, admin);
        var chuo = await (await SignedInAsync(factory, Chuo)).GetStringAsync(url);
        Assert.Contains(receipt, chuo);
        Assert.DoesNotContain(name, chuo);
        Assert.Contains("個人情報を閲覧する権限がない", chuo);
    }

    [Fact]
    public async Task Staff_csv_adds_personal_data_only_with_the_permission_and_the_staff_page_links_the_rounds()
    {
        var parks = await RoundAsync(factory, RoundStatus.ResultsPublished);
        var email = await factory.WithDbAsync(db => (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                                     where s.RoundId == parks && c.Email != null select c.Email!).FirstAsync());
        var admin = await SignedInAsync(factory, Admin);
        var full = await admin.GetByteArrayAsync($"/staff/rounds/{parks}/submissions.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, full[..3]);
        var fullText = System.Text.Encoding.UTF8.GetString(full);
        Assert.Contains("考え方", fullText);
        Assert.Contains(email, fullText);

        var chuo = await SignedInAsync(factory, Chuo);
        var limited = System.Text.Encoding.UTF8.GetString(await chuo.GetByteArrayAsync($"/staff/rounds/{parks}/submissions.csv"));
        Assert.DoesNotContain(email, limited);
        Assert.DoesNotContain("氏名", limited);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync(factory, Kita)).GetAsync($"/staff/rounds/{parks}/submissions.csv")).StatusCode);

        Assert.Contains("href=\"/staff/rounds\"", await chuo.GetStringAsync("/staff"));
    }

    [Fact]
    public async Task Submission_list_filters_by_channel_and_pages()
    {
        var parks = await RoundAsync(factory, RoundStatus.ResultsPublished);
        var chuo = await SignedInAsync(factory, Chuo);
        var fax = await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.RoundId == parks && s.Channel == Channel.Fax));
        var html = await chuo.GetStringAsync($"/staff/rounds/{parks}/submissions?channel=fax");
        Assert.Contains($"{fax}件", html);
        Assert.DoesNotContain("<td>ウェブ", html);
        var page2 = await chuo.GetAsync($"/staff/rounds/{parks}/submissions?page=2");
        Assert.Equal(HttpStatusCode.OK, page2.StatusCode);
        Assert.Contains("aria-current=\"page\">2<", await page2.Content.ReadAsStringAsync());
    }
}
