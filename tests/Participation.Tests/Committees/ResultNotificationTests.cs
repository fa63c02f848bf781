using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Services.Selecting;
using Participation.Tests.Consultations.Lifecycle;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

/// <summary>
/// Result mails after a draw are sent once per outcome: sending again reaches nobody twice and does not seat a member
/// the secretariat removed; a reserve who takes a withdrawn member's seat is told, and only they.
/// </summary>
public class ResultNotificationTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private const string Committee = "地域公共交通会議";

    [Fact]
    public async Task Sending_the_results_again_tells_only_those_whose_outcome_changed()
    {
        var (staff, committeeId) = await SecretariatOfAsync(factory, Committee);
        var rid = await RecruitmentIdAsync(factory, Committee);
        var runId = await DrawAsync(staff, rid);
        var runUrl = $"/staff/selection-runs/{runId}";
        var told = await factory.WithDbAsync(db => db.Set<Application>()
            .CountAsync(a => a.RecruitmentId == rid && a.Outcome != SelectionOutcome.None && a.Contact!.Email != ""));

        var before = MailCount();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(runUrl, runUrl + "/notify")).StatusCode);
        Assert.Equal(told, MailCount() - before);
        Assert.Contains($"{told}通の結果通知を送りました。", WebUtility.HtmlDecode(await staff.GetStringAsync(runUrl)));
        var seated = await SeatedAsync(committeeId);
        Assert.Equal(6, seated.Count);

        // The secretariat removes one drawn member; sending the results again mails nobody and does not seat them again.
        var removedMember = seated[0];
        var deleteUrl = $"/staff/committees/{committeeId}/members/{removedMember.Id}/delete";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(deleteUrl, deleteUrl)).StatusCode);
        before = MailCount();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(runUrl, runUrl + "/notify")).StatusCode);
        Assert.Equal(before, MailCount());
        Assert.Contains("応募者全員に結果をお知らせ済みです。", WebUtility.HtmlDecode(await staff.GetStringAsync(runUrl)));
        Assert.Equal(5, (await SeatedAsync(committeeId)).Count);

        // A drawn member withdraws; the reserve who takes the seat is told (once) and joins the members.
        var (leaving, reserve) = await factory.WithDbAsync(async db =>
        {
            var run = await db.Set<SelectionRun>().SingleAsync(r => r.Id == runId);
            var ids = run.PoolApplicationIds.Split(',').Select(int.Parse).ToList();
            var apps = await db.Set<Application>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
            var anon = ids.Select((id, i) => (Id: id, Anon: SelectionPool.AnonId(i))).ToList();
            var member = anon.First(x => apps[x.Id].Outcome == SelectionOutcome.Selected && x.Id != removedMember.ApplicationId);
            return (member.Anon, anon.Count(x => apps[x.Id].Outcome == SelectionOutcome.Reserve));
        });
        Assert.True(reserve > 0);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(runUrl, runUrl + "/withdraw", ("member", leaving))).StatusCode);
        var newcomer = await factory.WithDbAsync(db => db.Set<Application>().Include(a => a.Contact)
            .SingleAsync(a => a.RecruitmentId == rid && a.Outcome == SelectionOutcome.Selected && a.NotifiedOutcome == SelectionOutcome.Reserve));
        var earlier = Mails.In(factory.MailFolder);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(runUrl, runUrl + "/notify")).StatusCode);
        var mails = Mails.In(factory.MailFolder);
        Assert.Equal(earlier.Count + 1, mails.Count);
        var mail = Assert.Single(mails.Except(earlier));
        Assert.Contains(newcomer.Contact!.Email, mail.To);
        Assert.Contains("1通の結果通知を送りました。", WebUtility.HtmlDecode(await staff.GetStringAsync(runUrl)));
        var now = await SeatedAsync(committeeId);
        Assert.Equal(6, now.Count);
        Assert.Contains(now, m => m.ApplicationId == newcomer.Id);
        Assert.DoesNotContain(now, m => m.ApplicationId == removedMember.ApplicationId);
    }

    private async Task<int> DrawAsync(HttpClient staff, int rid)
    {
        var runId = await StartRunAsync(factory, staff, rid, ("Input.Method", "FairLottery"), ("Input.PanelSize", "6"),
            ("Input.Quotas", "Gender=女性:3-3\nGender=男性:3-3"));
        var runUrl = $"/staff/selection-runs/{runId}";
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(runUrl, runUrl + "/draw", ("seed", "2026-12-07 抽選"), ("source", "test"))).StatusCode);
        return runId;
    }

    private Task<List<CommitteeMember>> SeatedAsync(int committeeId) =>
        factory.WithDbAsync(db => db.Set<CommitteeMember>().Where(m => m.CommitteeId == committeeId && m.ApplicationId != null).OrderBy(m => m.Id).ToListAsync());

    private int MailCount() => Mails.In(factory.MailFolder).Count;
}
