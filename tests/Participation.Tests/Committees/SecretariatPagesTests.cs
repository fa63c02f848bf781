using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

public class SecretariatPagesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Theory]
    [InlineData("resident@demo.example")]
    [InlineData("staff.chuo@demo.example")]
    [InlineData("councillor@demo.example")]
    public async Task Residents_ward_staff_and_councillors_are_refused(string email)
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email);
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        foreach (var url in new[] { "/staff/committees", $"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/selection", "/review", $"/review/{rid}/1" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Secretariat_sees_the_list_and_the_applications_with_names()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        var list = await client.GetStringAsync("/staff/committees");
        Assert.Contains("環境審議会", list);
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        var applications = await client.GetStringAsync($"/staff/recruitments/{rid}/applications");
        Assert.Contains("C" + rid.ToString("000") + "-DEMO0000", applications);
        var name = await factory.WithDbAsync(db => db.Set<ApplicantContact>().OrderBy(c => c.Id).Select(c => c.Name).FirstAsync());
        Assert.Contains(name, applications);
        Assert.Contains("応募 40件", applications);
    }

    [Fact]
    public async Task Committee_edit_refuses_more_resident_seats_than_seats_and_keeps_the_input_then_saves()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        var id = await CommitteeIdAsync(factory, "環境審議会");
        var url = $"/staff/committees/{id}/edit";
        var bad = await client.PostFormAsync(url, url, ("Input.Name", "環境審議会"), ("Input.Purpose", "目的を改めました。"),
            ("Input.TotalSeats", "5"), ("Input.ResidentSeats", "9"), ("Input.Term", "3年"), ("Input.MeetingSchedule", "年6回"));
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("市民委員の数が委員定数を超えています", html);
        Assert.Contains("目的を改めました。", html);

        var ok = await client.PostFormAsync(url, url, ("Input.Name", "環境審議会"), ("Input.Purpose", "目的を改めました。"),
            ("Input.TotalSeats", "20"), ("Input.ResidentSeats", "5"), ("Input.Term", "3年"), ("Input.MeetingSchedule", "年6回"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Set<Committee>().SingleAsync(c => c.Id == id));
        Assert.Equal((5, "3年", "年6回"), (saved.ResidentSeats, saved.Term, saved.MeetingSchedule));
        Assert.Contains("目的を改めました。", await factory.CreateBrowserClient().GetStringAsync($"/committees/{id}"));
    }

    [Fact]
    public async Task Recruitment_settings_change_the_public_form()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        var id = await CommitteeIdAsync(factory, "環境審議会");
        var rid = await RecruitmentIdAsync(factory, "環境審議会");
        var url = $"/staff/recruitments/{rid}/edit";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var bad = await client.PostFormAsync(url, url, ("Input.Opens", today.AddDays(-1).ToString("yyyy-MM-dd")), ("Input.Closes", today.AddDays(30).ToString("yyyy-MM-dd")),
            ("Input.MinAge", "18"), ("Input.MaxOtherSeats", "2"), ("Input.EssayTheme", "新しいテーマ"), ("Input.EssayMinChars", "900"), ("Input.EssayMaxChars", "400"),
            ("Input.Rubric", "観点A\n観点B"), ("Input.ProfileFields", "Gender"), ("Input.ProfileFields", "Ward"));
        Assert.Contains("最多字数が最少字数より小さくなっています", await bad.Content.ReadAsStringAsync());
        var ok = await client.PostFormAsync(url, url, ("Input.Opens", today.AddDays(-1).ToString("yyyy-MM-dd")), ("Input.Closes", today.AddDays(30).ToString("yyyy-MM-dd")),
            ("Input.MinAge", "18"), ("Input.RequireCityLink", "true"), ("Input.MaxOtherSeats", "2"), ("Input.ExcludeStaffAndCouncillors", "true"),
            ("Input.EssayTheme", "脱炭素のまちづくりに向けて、市民としてできること"), ("Input.EssayMinChars", "800"), ("Input.EssayMaxChars", "1500"),
            ("Input.Rubric", "観点A\n観点B"), ("Input.ProfileFields", "Gender"), ("Input.ProfileFields", "AgeBand"), ("Input.ProfileFields", "Ward"), ("Input.ProfileFields", "Occupation"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var form = await factory.CreateBrowserClient().GetStringAsync($"/committees/{id}/apply");
        Assert.Contains("data-count-max=\"1500\"", form);
        var r = await factory.WithDbAsync(db => db.Set<Recruitment>().SingleAsync(x => x.Id == rid));
        Assert.Equal(["観点A", "観点B"], r.Criteria());
    }

    [Fact]
    public async Task Status_change_by_the_secretariat_shows_on_the_applicants_me_page()
    {
        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var id = await CommitteeIdAsync(factory, "環境審議会");
        var apply = $"/committees/{id}/apply";
        var response = await resident.PostFormAsync(apply, apply, ("Input.Name", "市民 太郎"), ("Input.Email", "taro.status@example.jp"), ("Input.Age", "40"),
            ("Input.Gender", "男性"), ("Input.Ward", "北区"), ("Input.CityLink", "true"), ("Input.Essay", Essay(900)));
        Assert.Contains("応募を受け付けました", await response.Content.ReadAsStringAsync());
        Assert.Contains("受付済", await resident.GetStringAsync("/me"));

        var rid = await RecruitmentIdAsync(factory, "環境審議会");
        var aid = await factory.WithDbAsync(db => db.Set<ApplicantContact>().Where(c => c.Email == "taro.status@example.jp").Select(c => c.ApplicationId).SingleAsync());
        var staff = factory.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        var changed = await staff.PostFormAsync($"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/applications/{aid}/status", ("status", "UnderReview"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("審査中", await resident.GetStringAsync("/me"));
    }
}
