using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Consultations.Lifecycle;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.FollowUp;

/// <summary>Following a round: the button, /me, and the results mail sent by a job that respects preferences and never mails twice.</summary>
public sealed class RoundFollowTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private const string Resident = "resident@demo.example";

    private Task<int> FollowsAsync(int roundId) => factory.WithDbAsync(db => db.Set<RoundFollow>().CountAsync(f => f.RoundId == roundId));

    [Fact]
    public async Task Visitors_get_a_sign_in_link_and_cannot_follow_without_an_account()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var anonymous = factory.CreateBrowserClient();
        var page = await anonymous.GetStringAsync($"/rounds/{open}");
        Assert.Contains("ログインしてフォローする", page);
        Assert.Contains($"/account/login?returnurl=%2Frounds%2F{open}", page);
        // No form on the public page: it holds no antiforgery token and stays cacheable.
        Assert.DoesNotContain($"action=\"/rounds/{open}/follow\"", page);
        var post = await anonymous.PostAsync($"/rounds/{open}/follow", new FormUrlEncodedContent([new("follow", "true")]));
        Assert.False(post.IsSuccessStatusCode);
        Assert.NotEqual($"/rounds/{open}#follow", post.Headers.Location?.ToString());
        Assert.Equal(0, await FollowsAsync(open));
    }

    [Fact]
    public async Task A_resident_follows_and_unfollows_and_sees_the_round_under_me()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var resident = await SignedInAsync(factory, Resident);
        var (page, af, _, _) = await OpenAsync(resident, $"/rounds/{open}");
        Assert.Contains("フォローする", page);

        var follow = await PostAsync(resident, $"/rounds/{open}/follow", af, ("follow", "true"));
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal($"/rounds/{open}#follow", follow.Headers.Location!.ToString());
        // Following twice (a double click) keeps one follow.
        await PostAsync(resident, $"/rounds/{open}/follow", af, ("follow", "true"));
        Assert.Equal(1, await FollowsAsync(open));
        Assert.Contains("フォロー中です。", await resident.GetStringAsync($"/rounds/{open}"));
        var title = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == open).Select(r => r.Title).FirstAsync());
        var me = await resident.GetStringAsync("/me");
        Assert.Contains("フォロー中の意見募集", me);
        Assert.Contains(title, me);

        var unfollow = await PostAsync(resident, $"/rounds/{open}/follow", af, ("follow", "false"));
        Assert.Equal(HttpStatusCode.Redirect, unfollow.StatusCode);
        Assert.Equal(0, await FollowsAsync(open));
        Assert.DoesNotContain("フォロー中の意見募集", await resident.GetStringAsync("/me"));
        var actions = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "round" && a.EntityId == open.ToString() && a.Action.Contains("follow"))
            .Select(a => a.Action).ToListAsync());
        Assert.Equal(["round.followed", "round.unfollowed"], actions);

        // Unknown rounds and rounds still in preparation cannot be followed; a post without the token is refused.
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(resident, "/rounds/999999/follow", af, ("follow", "true"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await resident.PostAsync($"/rounds/{open}/follow", new FormUrlEncodedContent([new("follow", "true")]))).StatusCode);
        Assert.Equal(0, await FollowsAsync(open));
    }

    [Fact]
    public async Task Publishing_queues_one_job_that_mails_followers_and_submitters_once_respecting_preferences()
    {
        var closed = await RoundAsync(factory, RoundStatus.Closed);
        var resident = await SignedInAsync(factory, Resident);
        var (_, af, _, _) = await OpenAsync(resident, $"/rounds/{closed}");
        await PostAsync(resident, $"/rounds/{closed}/follow", af, ("follow", "true"));
        // A second follower has chosen not to be mailed about results.
        var chuo = await SignedInAsync(factory, Chuo);
        var (_, caf, _, _) = await OpenAsync(chuo, $"/rounds/{closed}");
        await PostAsync(chuo, $"/rounds/{closed}/follow", caf, ("follow", "true"));
        var (_, naf, _, _) = await OpenAsync(chuo, "/me/notifications");
        await PostAsync(chuo, "/me/notifications", naf, ("results-published", "none"), ("followed-threads", "immediate"), ("committee-status", "immediate"));

        var kita = await SignedInAsync(factory, Kita);
        var published = await ResultsPublishing.PublishAsync(factory, kita, closed);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // Nothing is mailed inside the request: one job is queued.
        Assert.Single(ResultsPublishing.QueuedMailJobs(factory, closed));
        Assert.DoesNotContain(Mails.In(factory.MailFolder), m => m.Subject.StartsWith("【結果公表】"));

        await ResultsPublishing.RunMailJobAsync(factory, closed, "http://city.example");
        var notices = Mails.In(factory.MailFolder).Where(m => m.Body.Contains($"/rounds/{closed}/results")).ToList();
        var follower = Assert.Single(notices, m => m.To.Contains(Resident));
        Assert.Contains("フォローしている意見募集", follower.Body);
        Assert.Contains($"http://city.example/rounds/{closed}/results", follower.Body);
        Assert.DoesNotContain(notices, m => m.To.Contains(Chuo));
        var submitters = await factory.WithDbAsync(db => (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                                         where s.RoundId == closed && s.Status == SubmissionStatus.Active && c.Email != null
                                                         select c.Email!.ToLower()).Distinct().ToListAsync());
        Assert.NotEmpty(submitters);
        Assert.Equal(submitters.Append(Resident).Distinct().Count(), notices.Count);
        foreach (var email in submitters) Assert.Single(notices, m => m.To.ToLowerInvariant().Contains(email));

        // A re-run (a retried job) mails nobody twice.
        await ResultsPublishing.RunMailJobAsync(factory, closed, "http://city.example");
        Assert.Equal(notices.Count, Mails.In(factory.MailFolder).Count(m => m.Body.Contains($"/rounds/{closed}/results")));

        // The round, now with results, links to them from /me; the page says results are out.
        var me = await resident.GetStringAsync("/me");
        Assert.Contains($"/rounds/{closed}/results", me);
    }
}
