using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

/// <summary>Helpers for the staff-edit tests: a clustered round of one's own, its live clusters.</summary>
public static class ClusterEditSite
{
    public static async Task<HttpClient> StaffAsync(this ParticipationFactory f, string email = "staff.chuo@demo.example")
    {
        var client = f.CreateBrowserClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>A round in 中央区 with the park opinions (plus <paramref name="extra"/>), clustered into <paramref name="k"/> topics by the job.</summary>
    public static async Task<(int RoundId, int RunId)> ClusteredRoundAsync(this ParticipationFactory f, HttpClient staff, string title, int k = 3,
        IEnumerable<string>? extra = null, string ward = "中央区")
    {
        var roundId = await f.SeedRoundAsync(await f.WardIdAsync(ward), title, ClusteringSite.ParkOpinions.Concat(extra ?? []));
        var runId = await f.StartRunAsync(staff, roundId, k);
        await f.RunJobAsync(runId);
        Assert.Equal(RunStatus.Done, (await f.RunAsync(runId)).Status);
        return (roundId, runId);
    }

    public static async Task<int> StartRunAsync(this ParticipationFactory f, HttpClient staff, int roundId, int k)
    {
        var response = await staff.PostFormAsync("/staff/clusters", "/staff/clusters", ("Kind", "Round"), ("RoundId", roundId.ToString()), ("K", k.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Task<List<Cluster>> LiveClustersAsync(this ParticipationFactory f, int runId) =>
        f.WithDbAsync(db => db.Set<Cluster>().AsNoTracking().Where(c => c.RunId == runId && !c.Retired).OrderByDescending(c => c.Size).ThenBy(c => c.Id).ToListAsync());

    public static Task<Cluster> ClusterAsync(this ParticipationFactory f, int clusterId) =>
        f.WithDbAsync(db => db.Set<Cluster>().AsNoTracking().FirstAsync(c => c.Id == clusterId));
}
