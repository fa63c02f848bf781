using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

/// <summary>Staff rename, merge and split clusters: versions, messages that keep input, ward rule, incremental assignment after edits.</summary>
[Collection(ClusteringSiteCollection.Name)]
public sealed class ClusterEditTests(DemoSiteFactory factory)
{
    private static string Page(int runId, int clusterId) => $"/staff/clusters/{runId}/clusters/{clusterId}";

    [Fact]
    public async Task Rename_is_audited_shown_publicly_and_survives_incremental_assignment()
    {
        var staff = await factory.StaffAsync();
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト改名の意見募集");
        var cluster = (await factory.LiveClustersAsync(runId))[0];
        var page = Page(runId, cluster.Id);

        var response = await staff.PostFormAsync(page, page + "/rename", ("Label", "  公園の設備  "), ("Version", cluster.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = await factory.ClusterAsync(cluster.Id);
        Assert.Equal("公園の設備", renamed.Label);
        Assert.Equal(cluster.Label, renamed.OriginalLabel);
        Assert.Equal(cluster.Version + 1, renamed.Version);
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "clustering.cluster-renamed" && a.EntityId == cluster.Id.ToString())));
        var html = await staff.GetStringAsync(page);
        Assert.Contains("公園の設備", html);
        Assert.Contains(cluster.Label, html);   // "name given by the run"

        // A new opinion placed incrementally leaves the staff's name alone.
        await factory.SubmitAsync(roundId, await factory.WardIdAsync("中央区"), "公園のトイレを清潔にして、洋式トイレを増やしてください。");
        var after = await factory.LiveClustersAsync(runId);
        Assert.Contains(after, c => c.Label == "公園の設備");
        Assert.Equal(13, after.Sum(c => c.Size));

        // Published: the public map shows the staff's name.
        await staff.PostFormAsync($"/staff/clusters/{runId}", $"/staff/clusters/{runId}/publish", ("publish", "true"));
        Assert.Contains("公園の設備", await factory.CreateBrowserClient().GetStringAsync($"/clusters/{runId}"));
    }

    [Fact]
    public async Task Bad_or_stale_rename_gets_a_message_and_keeps_what_was_typed()
    {
        var staff = await factory.StaffAsync();
        var (_, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト競合の意見募集");
        var cluster = (await factory.LiveClustersAsync(runId))[0];
        var page = Page(runId, cluster.Id);

        var empty = await staff.PostFormAsync(page, page + "/rename", ("Label", "   "), ("Version", cluster.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("トピック名を入力してください。", await empty.Content.ReadAsStringAsync());
        var tooLong = new string('長', 201);
        var longResponse = await staff.PostFormAsync(page, page + "/rename", ("Label", tooLong), ("Version", cluster.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longResponse.StatusCode);
        Assert.Contains(tooLong, await longResponse.Content.ReadAsStringAsync());

        // Someone else renames first; the second editor's save from the older version is refused, typed text kept.
        var other = await factory.StaffAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(page, page + "/rename", ("Label", "先に保存した名前"), ("Version", cluster.Version.ToString()))).StatusCode);
        var stale = await staff.PostFormAsync(page, page + "/rename", ("Label", "後から保存した名前"), ("Version", cluster.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("他の職員が変更しました", html);
        Assert.Contains("value=\"後から保存した名前\"", html);
        Assert.Contains($"name=\"Version\" value=\"{cluster.Version + 1}\"", html);
        Assert.Equal("先に保存した名前", (await factory.ClusterAsync(cluster.Id)).Label);
    }

    [Fact]
    public async Task Other_ward_staff_and_the_secretariat_cannot_edit()
    {
        var staff = await factory.StaffAsync();
        var (_, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト権限の意見募集");
        var clusters = await factory.LiveClustersAsync(runId);
        var page = Page(runId, clusters[0].Id);
        var kita = await factory.StaffAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync(page)).StatusCode);
        foreach (var (action, fields) in new[]
                 {
                     ("rename", new[] { ("Label", "乗っ取り"), ("Version", "0") }),
                     ("merge", new[] { ("SourceId", clusters[1].Id.ToString()), ("Version", "0") }),
                     ("split", new[] { ("Parts", "2"), ("Version", "0") }),
                 })
        {
            var forbidden = await kita.PostFormAsync("/staff/clusters", $"{page}/{action}", fields);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        var secretariat = await factory.StaffAsync("secretariat@demo.example");
        var readOnly = await secretariat.GetStringAsync(page);
        Assert.DoesNotContain(page + "/rename", readOnly);
        var refused = await secretariat.PostFormAsync($"/staff/clusters/{runId}", page + "/rename", ("Label", "事務局"), ("Version", "0"));
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("/account/") == true);
        Assert.Equal(clusters[0].Label, (await factory.ClusterAsync(clusters[0].Id)).Label);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFormAsync(page, $"/staff/clusters/{runId}/clusters/999999/rename", ("Label", "x"), ("Version", "0"))).StatusCode);
    }

    [Fact]
    public async Task Merge_moves_items_and_new_items_near_the_merged_centre_join_the_target()
    {
        var staff = await factory.StaffAsync();
        var chuo = await factory.WardIdAsync("中央区");
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト統合の意見募集", k: 4);
        var clusters = await factory.LiveClustersAsync(runId);
        var (target, source) = (clusters[0], clusters[1]);
        var page = Page(runId, target.Id);

        var self = await staff.PostFormAsync(page, page + "/merge", ("SourceId", target.Id.ToString()), ("Version", target.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("他のトピックから選んでください", await self.Content.ReadAsStringAsync());

        var merged = await staff.PostFormAsync(page, page + "/merge", ("SourceId", source.Id.ToString()), ("Version", target.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var after = await factory.LiveClustersAsync(runId);
        Assert.Equal(clusters.Count - 1, after.Count);
        var kept = after.Single(c => c.Id == target.Id);
        Assert.Equal(target.Size + source.Size, kept.Size);
        Assert.Equal(target.Size + source.Size, await factory.WithDbAsync(db => db.Set<ClusterMember>().CountAsync(m => m.ClusterId == target.Id)));
        var gone = await factory.ClusterAsync(source.Id);
        Assert.True(gone.Retired);
        Assert.Equal(target.Id, gone.MergedIntoId);
        Assert.DoesNotContain($"{Page(runId, source.Id)}\"", await staff.GetStringAsync($"/staff/clusters/{runId}"));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync(Page(runId, source.Id))).StatusCode);

        // The source's items' own text again, posted as new opinions: they land in the merged cluster, never in the retired one.
        var sourceIds = await factory.WithDbAsync(db => db.Set<ClusterMember>().Where(m => m.ClusterId == target.Id).Select(m => m.SourceId).ToListAsync());
        var ids = sourceIds.Select(int.Parse).ToList();
        var sourceTexts = await factory.WithDbAsync(db => db.Set<Participation.Consultations.Models.Opinion>().Where(o => ids.Contains(o.Id)).Select(o => o.Text).ToListAsync());
        var newId = await factory.SubmitAsync(roundId, chuo, sourceTexts.Last());
        var member = await factory.WithDbAsync(db => db.Set<ClusterMember>().AsNoTracking().FirstAsync(m => m.RunId == runId && m.SourceId == newId.ToString()));
        Assert.True(member.Incremental);
        Assert.NotEqual(source.Id, member.ClusterId);
        Assert.Contains(member.ClusterId, after.Select(c => c.Id));

        // A stale merge (old version) is refused.
        var stale = await staff.PostFormAsync(page, page + "/merge", ("SourceId", after.First(c => c.Id != target.Id).Id.ToString()), ("Version", target.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "clustering.clusters-merged" && a.EntityId == target.Id.ToString())));
    }

    [Fact]
    public async Task Split_reclusters_one_cluster_into_parts_that_receive_new_items()
    {
        var staff = await factory.StaffAsync();
        var chuo = await factory.WardIdAsync("中央区");
        // Two topics the run is asked to see as one: toilets and parking.
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト分割の意見募集", k: 2);
        var clusters = await factory.LiveClustersAsync(runId);
        var big = clusters[0];
        var page = Page(runId, big.Id);

        var bad = await staff.PostFormAsync(page, page + "/split", ("Parts", "1"), ("Version", big.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("2〜8の整数", badHtml);
        Assert.Contains("value=\"1\"", badHtml);
        var tooMany = await staff.PostFormAsync(page, page + "/split", ("Parts", "8"), ("Version", big.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("その数には分けられません", await tooMany.Content.ReadAsStringAsync());

        var split = await staff.PostFormAsync(page, page + "/split", ("Parts", "2"), ("Version", big.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var parts = await factory.WithDbAsync(db => db.Set<Cluster>().AsNoTracking().Where(c => c.SplitFromId == big.Id).ToListAsync());
        Assert.Equal(2, parts.Count);
        Assert.Equal(big.Size, parts.Sum(p => p.Size));
        Assert.All(parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Label)));
        Assert.True((await factory.ClusterAsync(big.Id)).Retired);
        var reps = await factory.WithDbAsync(db => db.Set<ClusterRepresentative>().Where(r => parts.Select(p => p.Id).Contains(r.ClusterId)).CountAsync());
        Assert.True(reps >= 2);
        var run = await factory.RunAsync(runId);
        Assert.Contains("-r", run.ModelFile);

        // A new opinion lands in one of the parts (the split added their centres to the model), not the retired cluster.
        var newId = await factory.SubmitAsync(roundId, chuo, ClusteringSite.ParkOpinions[0]);
        var member = await factory.WithDbAsync(db => db.Set<ClusterMember>().AsNoTracking().FirstAsync(m => m.RunId == runId && m.SourceId == newId.ToString()));
        Assert.NotEqual(big.Id, member.ClusterId);
        var html = await staff.GetStringAsync($"/staff/clusters/{runId}");
        Assert.All(parts, p => Assert.Contains(p.Label, html));
        Assert.Contains("を分割", html);
    }
}
