using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Committees.Models;
using Participation.Core.Identity;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

/// <summary>A secretariat user sees only the committees an administrator assigned them to; administrators see all.</summary>
public class SecretariatScopeTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private const string Password = "scope-password-2026";

    private async Task<string> NewSecretariatAsync()
    {
        var email = $"sec-{Guid.NewGuid():N}@example.jp";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "事務局 二郎" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Secretariat);
        return email;
    }

    [Fact]
    public async Task Unassigned_secretariat_gets_403_until_an_administrator_assigns_them()
    {
        var email = await NewSecretariatAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email, Password);
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        var committeeId = await CommitteeIdAsync(factory, "地域公共交通会議");

        foreach (var url in new[] { $"/staff/recruitments/{rid}/applications", $"/staff/recruitments/{rid}/selection", $"/staff/committees/{committeeId}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var list = await client.GetStringAsync("/staff/committees");
        Assert.DoesNotContain("地域公共交通会議", list);

        // The demo secretariat (assigned by the demo data) and an administrator see the applications.
        var demo = factory.CreateBrowserClient();
        await demo.SignInAsync(Secretariat);
        Assert.Equal(HttpStatusCode.OK, (await demo.GetAsync($"/staff/recruitments/{rid}/applications")).StatusCode);
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/staff/recruitments/{rid}/applications")).StatusCode);

        // Only an administrator may assign; the secretariat user's own attempt is refused.
        await client.PostAsync($"/staff/committees/{committeeId}/secretariat", new FormUrlEncodedContent([new("email", email)]));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/staff/recruitments/{rid}/applications")).StatusCode);
        var assigned = await admin.PostFormAsync($"/staff/committees/{committeeId}", $"/staff/committees/{committeeId}/secretariat", ("email", email));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/recruitments/{rid}/applications")).StatusCode);
        Assert.Contains("地域公共交通会議", await client.GetStringAsync("/staff/committees"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<CommitteeSecretariat>().CountAsync(s => s.CommitteeId == committeeId && s.Label == "事務局 二郎")));
    }

    [Fact]
    public async Task A_committee_created_by_a_secretariat_user_is_theirs_and_hidden_from_others()
    {
        var email = await NewSecretariatAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email, Password);
        var created = await client.PostFormAsync("/staff/committees/new", "/staff/committees/new",
            ("Input.Name", "景観審議会"), ("Input.Department", "都市局 景観課"), ("Input.Purpose", "景観計画について審議します。"),
            ("Input.TotalSeats", "12"), ("Input.ResidentSeats", "2"), ("Input.Term", "2年"), ("Input.MeetingSchedule", "年2回"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);

        var other = factory.CreateBrowserClient();
        await other.SignInAsync(await NewSecretariatAsync(), Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
    }
}
