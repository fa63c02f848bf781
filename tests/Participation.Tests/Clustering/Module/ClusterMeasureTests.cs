using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Plans.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

[Collection(ClusteringSiteCollection.Name)]
public sealed partial class ClusterMeasureTests(DemoSiteFactory factory)
{
    [GeneratedRegex("name=\"clusterId\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"measureId\" value=\"(\\d+)\"")]
    private static partial Regex LinkForm();

    [Fact]
    public async Task Staff_see_measure_suggestions_and_a_confirmed_link_reaches_the_measure_page()
    {
        var round = await factory.RoundAsync("中央区公園再整備基本方針");
        var run = await factory.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking().FirstAsync(r => r.ContainerId == round.Id.ToString()));
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var page = await client.GetStringAsync($"/staff/clusters/{run.Id}");
        Assert.Contains("関連しそうな施策", page);
        var match = LinkForm().Match(page);
        Assert.True(match.Success, "a park round should suggest at least one plan measure");
        var (clusterId, measureId) = (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));

        var response = await client.PostFormAsync($"/staff/clusters/{run.Id}", $"/staff/clusters/{run.Id}/links", ("clusterId", clusterId.ToString()), ("measureId", measureId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<ClusterMeasureLink>().AnyAsync(l => l.ClusterId == clusterId && l.MeasureId == measureId)));
        var voice = await factory.WithDbAsync(db => db.Set<MeasureVoiceLink>().AsNoTracking()
            .FirstAsync(v => v.MeasureId == measureId && v.SourceType == "cluster" && v.SourceId == clusterId.ToString()));
        Assert.Equal($"/clusters/{run.Id}#cluster-{clusterId}", voice.Url);
        var label = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.Id == clusterId).Select(c => c.Label).FirstAsync());
        var measurePage = await factory.CreateBrowserClient().GetStringAsync($"/plans/measures/{measureId}");
        Assert.Contains(WebUtility.HtmlEncode(label), measurePage);
        var after = await client.GetStringAsync($"/staff/clusters/{run.Id}");
        Assert.Contains("関連づけ済み", after);
    }
}
