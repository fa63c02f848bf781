using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

public class BlindReviewTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Reviewer_never_sees_name_or_contact_even_when_the_essay_names_the_applicant()
    {
        var id = await CommitteeIdAsync(factory, "環境審議会");
        var rid = await RecruitmentIdAsync(factory, "環境審議会");
        var apply = $"/committees/{id}/apply";
        var essay = Essay(900, "私は緑ヶ丘 澄香と申します。連絡は sumika.blind@example.jp までどうぞ。");
        var applicant = factory.CreateBrowserClient();
        await applicant.PostFormAsync(apply, apply, ("Input.Name", "緑ヶ丘 澄香"), ("Input.Email", "sumika.blind@example.jp"), ("Input.Age", "52"),
            ("Input.Gender", "女性"), ("Input.Ward", "南区"), ("Input.CityLink", "true"), ("Input.Essay", essay));
        var receipt = await factory.WithDbAsync(db => db.Set<Application>().Where(a => a.Contact!.Email == "sumika.blind@example.jp").Select(a => a.ReceiptNumber).SingleAsync());

        var reviewer = factory.CreateBrowserClient();
        await reviewer.SignInAsync(Secretariat);
        // Not assigned yet: no access to the essays.
        var refused = await reviewer.GetAsync($"/review/{rid}/1");
        Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString());
        var assigned = await reviewer.PostFormAsync($"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/reviewers", ("email", Secretariat));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);

        var list = await reviewer.GetStringAsync($"/review/{rid}");
        Assert.Contains("作文 1番", list);
        var page = await reviewer.GetStringAsync($"/review/{rid}/1");
        Assert.Contains("市民の立場から考えを述べます", page);
        foreach (var secret in new[] { "緑ヶ丘 澄香", "緑ヶ丘", "澄香", "sumika.blind@example.jp", "sumika.blind", receipt })
            Assert.DoesNotContain(secret, page);
        Assert.Contains("［氏名］", page);
    }

    [Fact]
    public async Task Scores_and_conflicts_aggregate_for_the_secretariat()
    {
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        var reviewer = factory.CreateBrowserClient();
        await reviewer.SignInAsync(Secretariat);
        await reviewer.PostFormAsync($"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/reviewers", ("email", Secretariat));
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        await reviewer.PostFormAsync($"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/reviewers", ("email", "admin@demo.example"));

        // Incomplete rubric: refused with a message, the page stays.
        var incomplete = await reviewer.PostFormAsync($"/review/{rid}/1", $"/review/{rid}/1", ("scores", "5"));
        Assert.Contains("3つの観点すべてを1〜5点で採点してください", await incomplete.Content.ReadAsStringAsync());

        var scored = await reviewer.PostFormAsync($"/review/{rid}/1", $"/review/{rid}/1", ("scores", "5"), ("scores", "4"), ("scores", "5"));
        Assert.Equal($"/review/{rid}/2", scored.Headers.Location?.OriginalString);
        await admin.PostFormAsync($"/review/{rid}/1", $"/review/{rid}/1", ("scores", "3"), ("scores", "3"), ("scores", "2"));
        await admin.PostFormAsync($"/review/{rid}/2", $"/review/{rid}/2", ("conflict", "true"));

        var html = await reviewer.GetStringAsync($"/staff/recruitments/{rid}/applications");
        // Mean of 14 and 8 = 11.00, spread 6.0, 2 reviews; the top row since it has the highest mean.
        var firstRow = Regex.Match(html, "<tbody>\\s*<tr>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("11.00", firstRow);
        Assert.Contains("6.0", firstRow);
        Assert.Contains("利益相反 1", html);
        var stored = await factory.WithDbAsync(db => db.Set<Review>().CountAsync(r => r.ConflictOfInterest));
        Assert.Equal(1, stored);
    }
}
