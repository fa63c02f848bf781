using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

/// <summary>The round's grouping screen suggests groups from the round's topics and makes a group from one in one step.</summary>
[Collection(ClusteringSiteCollection.Name)]
public sealed class SuggestedGroupsTests(DemoSiteFactory factory)
{
    [Fact]
    public async Task Grouping_screen_suggests_topics_and_makes_a_group_from_one()
    {
        var staff = await factory.StaffAsync();
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト候補の意見募集", k: 3);
        var clusters = await factory.LiveClustersAsync(runId);
        var topic = clusters[0];
        var groupsUrl = $"/staff/rounds/{roundId}/groups";

        var html = await staff.GetStringAsync(groupsUrl);
        Assert.Contains("グループの候補", html);
        Assert.All(clusters, c => Assert.Contains(c.Label, html));
        Assert.Contains($"/staff/clusters/{runId}", html);

        // One opinion of the topic is grouped by hand first: it must not be moved.
        var memberIds = (await factory.WithDbAsync(db => db.Set<ClusterMember>().Where(m => m.ClusterId == topic.Id).Select(m => m.SourceId).ToListAsync()))
            .Select(int.Parse).ToList();
        var handGroup = await staff.PostFormAsync(groupsUrl, groupsUrl, ("summary", "手で作ったグループ"), ("opinionIds", memberIds[0].ToString()));
        Assert.Equal(HttpStatusCode.Redirect, handGroup.StatusCode);
        var handGroupId = int.Parse(handGroup.Headers.Location!.OriginalString.Split('/').Last());

        var empty = await staff.PostFormAsync(groupsUrl, groupsUrl + "/from-topic", ("clusterId", topic.Id.ToString()), ("summary", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("グループの候補から意見グループを作れませんでした", await empty.Content.ReadAsStringAsync());

        var made = await staff.PostFormAsync(groupsUrl, groupsUrl + "/from-topic", ("clusterId", topic.Id.ToString()), ("summary", "トピックから作ったグループ"));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var groupId = int.Parse(made.Headers.Location!.OriginalString.Split('/').Last());
        var inGroup = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.GroupId == groupId).Select(o => o.Id).ToListAsync());
        Assert.Equal(memberIds.Skip(1).OrderBy(i => i), inGroup.OrderBy(i => i));
        Assert.Equal(handGroupId, await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Id == memberIds[0]).Select(o => o.GroupId).FirstAsync()));
        var group = await factory.WithDbAsync(db => db.Set<OpinionGroup>().AsNoTracking().FirstAsync(g => g.Id == groupId));
        Assert.Equal("トピックから作ったグループ", group.Summary);

        // The link is recorded on the clustering side and shown on the topic's page.
        var link = await factory.WithDbAsync(db => db.Set<ClusterGroupLink>().AsNoTracking().FirstAsync(l => l.GroupId == groupId));
        Assert.Equal(topic.Id, link.ClusterId);
        Assert.Equal(roundId, link.RoundId);
        Assert.Contains($"/staff/rounds/{roundId}/groups/{groupId}", await staff.GetStringAsync($"/staff/clusters/{runId}/clusters/{topic.Id}"));

        // The topic has nothing ungrouped left: no longer suggested; a second post says so and moves nothing.
        var again = await staff.GetStringAsync(groupsUrl);
        Assert.DoesNotContain($"id=\"topic-{topic.Id}\"", again);
        var second = await staff.PostFormAsync(groupsUrl, groupsUrl + "/from-topic", ("clusterId", topic.Id.ToString()), ("summary", "二度目"));
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<OpinionGroup>().CountAsync(g => g.RoundId == roundId && g.Summary == "トピックから作ったグループ")));
        Assert.False(await factory.WithDbAsync(db => db.Set<OpinionGroup>().AnyAsync(g => g.Summary == "二度目")));
    }

    [Fact]
    public async Task Other_wards_and_other_rounds_topics_are_refused()
    {
        var staff = await factory.StaffAsync();
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト候補権限の意見募集", k: 2);
        var (otherRound, otherRun) = await factory.ClusteredRoundAsync(staff, "中央区テスト別の意見募集", k: 2);
        var topic = (await factory.LiveClustersAsync(runId))[0];
        var foreign = (await factory.LiveClustersAsync(otherRun))[0];
        var groupsUrl = $"/staff/rounds/{roundId}/groups";

        var kita = await factory.StaffAsync("staff.kita@demo.example");
        var denied = await kita.PostFormAsync("/staff", groupsUrl + "/from-topic", ("clusterId", topic.Id.ToString()), ("summary", "他区"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var wrongRound = await staff.PostFormAsync(groupsUrl, groupsUrl + "/from-topic", ("clusterId", foreign.Id.ToString()), ("summary", "別の募集"));
        Assert.Equal(HttpStatusCode.NotFound, wrongRound.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<OpinionGroup>().AnyAsync(g => g.RoundId == roundId || g.RoundId == otherRound)));
    }

    [Fact]
    public async Task A_round_never_clustered_shows_no_suggestions()
    {
        var staff = await factory.StaffAsync();
        var roundId = await factory.SeedRoundAsync(await factory.WardIdAsync("中央区"), "中央区テスト未分析の意見募集", ClusteringSite.ParkOpinions.Take(3));
        var html = await staff.GetStringAsync($"/staff/rounds/{roundId}/groups");
        Assert.DoesNotContain("グループの候補", html);
        var response = await staff.PostFormAsync($"/staff/rounds/{roundId}/groups", $"/staff/rounds/{roundId}/groups/from-topic", ("clusterId", "1"), ("summary", "x"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
