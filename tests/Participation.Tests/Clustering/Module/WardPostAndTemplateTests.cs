using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Clustering.Models;
using Participation.Core.Cities;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Clustering.Module;

/// <summary>Ward posts join the ward's topics when posted; template texts are counted and shown to staff only; re-runs report on staff edits.</summary>
[Collection(ClusteringSiteCollection.Name)]
public sealed class WardPostAndTemplateTests(DemoSiteFactory factory)
{
    [Fact]
    public async Task A_new_reply_in_a_clustered_ward_is_placed_in_its_topics()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var run = await factory.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking()
            .FirstAsync(r => r.ScopeKind == RunScopeKind.WardDiscussions && r.ContainerId == $"ward:{chuo}" && r.Status == RunStatus.Done));
        var threadId = await factory.WithDbAsync(db => db.Set<DiscussionThread>()
            .Where(t => t.WardId == chuo && t.Visibility == Visibility.Visible && t.Status != ThreadStatus.Closed).Select(t => t.Id).FirstAsync());
        var before = await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == run.Id && !c.Retired).SumAsync(c => c.Size));

        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var url = $"/wards/{chuo}/discussions/{threadId}";
        var reply = await resident.PostFormAsync(url, url + "/replies", ("Reply.Body", "公園の遊具が古いので、新しい遊具に替えてほしいです。"), ("Reply.Nickname", "クラスタ検証の住民"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        var postId = await factory.WithDbAsync(db => db.Set<DiscussionPost>().Where(p => p.ThreadId == threadId).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());

        var member = await factory.WithDbAsync(db => db.Set<ClusterMember>().AsNoTracking().FirstOrDefaultAsync(m => m.RunId == run.Id && m.SourceId == $"reply:{postId}"));
        Assert.NotNull(member);
        Assert.True(member!.Incremental);
        Assert.Equal("ward-post", member.SourceType);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Set<Cluster>().Where(c => c.RunId == run.Id && !c.Retired).SumAsync(c => c.Size)));
    }

    [Fact]
    public async Task Template_texts_are_grouped_with_their_count_for_staff_and_not_shown_publicly()
    {
        const string postcard = "私は駅前の再開発計画に反対します。緑を残してください。連絡先090-1111-2222";
        var staff = await factory.StaffAsync();
        var copies = Enumerable.Repeat(postcard, 6).Concat(Enumerable.Repeat("私は駅前の再開発計画に反対します。緑を残してください！連絡先090-1111-2222", 2));
        var (_, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト定型文の意見募集", k: 3, extra: copies);

        var groups = await factory.WithDbAsync(db => db.Set<ClusterTemplateGroup>().AsNoTracking().Where(g => g.RunId == runId).ToListAsync());
        var template = Assert.Single(groups);
        Assert.True(template.Size >= 6);
        Assert.DoesNotContain("090-1111-2222", template.RedactedSample);
        var html = await staff.GetStringAsync($"/staff/clusters/{runId}");
        Assert.Contains($"定型文 1種類（計{template.Size}件）", html);
        Assert.Contains($"<td class=\"num\">{template.Size}</td>", html);
        Assert.DoesNotContain("090-1111-2222", html);

        await staff.PostFormAsync($"/staff/clusters/{runId}", $"/staff/clusters/{runId}/publish", ("publish", "true"));
        var publicPage = await factory.CreateBrowserClient().GetStringAsync($"/clusters/{runId}");
        Assert.DoesNotContain("定型文 1種類", publicPage);   // the round's own title says 定型文
        Assert.DoesNotContain("090-1111-2222", publicPage);
        Assert.DoesNotContain("/staff/clusters", publicPage);
    }

    [Fact]
    public async Task A_full_rerun_carries_the_staff_name_over_and_reports_what_changed()
    {
        var staff = await factory.StaffAsync();
        var (roundId, runId) = await factory.ClusteredRoundAsync(staff, "中央区テスト再実行の意見募集", k: 4);
        var clusters = await factory.LiveClustersAsync(runId);
        var renamed = clusters[0];
        var page = $"/staff/clusters/{runId}/clusters/{renamed.Id}";
        await staff.PostFormAsync(page, page + "/rename", ("Label", "職員が付けた名前"), ("Version", renamed.Version.ToString()));
        var mergePage = $"/staff/clusters/{runId}/clusters/{clusters[1].Id}";
        await staff.PostFormAsync(mergePage, mergePage + "/merge", ("SourceId", clusters[2].Id.ToString()), ("Version", clusters[1].Version.ToString()));

        var rerun = await factory.StartRunAsync(staff, roundId, 4);
        await factory.RunJobAsync(rerun);
        var run = await factory.RunAsync(rerun);
        Assert.Equal(runId, run.PreviousRunId);
        var carried = (await factory.LiveClustersAsync(rerun)).Single(c => c.Label == "職員が付けた名前");
        Assert.NotNull(carried.OriginalLabel);
        var changes = await factory.WithDbAsync(db => db.Set<ClusterRunChange>().AsNoTracking().Where(c => c.RunId == rerun).ToListAsync());
        Assert.Contains(changes, c => c.Kind == RunChangeKind.RenameCarried && c.NewClusterId == carried.Id);
        Assert.Contains(changes, c => c.Kind is RunChangeKind.MergeKept or RunChangeKind.MergeUndone);

        var html = await staff.GetStringAsync($"/staff/clusters/{rerun}");
        Assert.Contains("前回の分析からの変化", html);
        Assert.Contains("名前「職員が付けた名前」を引き継ぎました", html);
        Assert.Contains($"/staff/clusters/{runId}", html);
    }
}
