using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

[Collection(ClusteringSiteCollection.Name)]
public sealed class ClusterAccessTests(DemoSiteFactory factory)
{
    private Task<ClusterRun> DemoRoundRunAsync() =>
        factory.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking().FirstAsync(r => r.ScopeKind == RunScopeKind.Round && r.IsPublished));

    /// <summary>Refused: 403 from the page's own ward check, or the sign-in cookie's redirect to the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email);
        return client;
    }

    [Fact]
    public async Task Residents_and_anonymous_visitors_cannot_open_staff_pages()
    {
        var run = await DemoRoundRunAsync();
        var resident = await AsAsync("resident@demo.example");
        AssertDenied(await resident.GetAsync("/staff/clusters"));
        AssertDenied(await resident.GetAsync($"/staff/clusters/{run.Id}"));
        AssertDenied(await resident.GetAsync($"/staff/clusters/{run.Id}/status"));
        AssertDenied(await factory.CreateBrowserClient().GetAsync("/staff/clusters"));
    }

    [Fact]
    public async Task Ward_staff_see_and_manage_only_their_own_ward()
    {
        var run = await DemoRoundRunAsync();
        var chuo = await factory.WardIdAsync("中央区");
        Assert.Equal(chuo, run.WardId);
        var own = await AsAsync("staff.chuo@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/staff/clusters/{run.Id}")).StatusCode);
        Assert.Contains($"/staff/clusters/{run.Id}", await own.GetStringAsync("/staff/clusters"));

        var other = await AsAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/staff/clusters/{run.Id}")).StatusCode);
        Assert.DoesNotContain($"/staff/clusters/{run.Id}\"", await other.GetStringAsync("/staff/clusters"));
        var publish = await other.PostFormAsync("/staff/clusters", $"/staff/clusters/{run.Id}/publish", ("publish", "false"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        var start = await other.PostFormAsync("/staff/clusters", "/staff/clusters", ("Kind", "WardDiscussions"), ("WardId", chuo.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.True((await factory.RunAsync(run.Id)).IsPublished);
    }

    [Fact]
    public async Task Secretariat_reads_every_run_but_cannot_publish()
    {
        var run = await DemoRoundRunAsync();
        var secretariat = await AsAsync("secretariat@demo.example");
        var page = await secretariat.GetStringAsync($"/staff/clusters/{run.Id}");
        Assert.DoesNotContain($"/staff/clusters/{run.Id}/publish", page);
        AssertDenied(await secretariat.PostFormAsync($"/staff/clusters/{run.Id}", $"/staff/clusters/{run.Id}/publish", ("publish", "false")));
        Assert.True((await factory.RunAsync(run.Id)).IsPublished);
    }
}
