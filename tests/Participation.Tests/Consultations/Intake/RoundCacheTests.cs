using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;

namespace Participation.Tests.Consultations.Intake;

/// <summary>The demo site with the submission path's round cache on for a minute.</summary>
public sealed class CachedRoundSiteFactory : Infrastructure.ParticipationFactory
{
    public CachedRoundSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Consultations:Intake:RoundCacheSeconds"] = "60";
    }
}

/// <summary>Submissions read a round once per cache lifetime; a change made through the site is seen at once.</summary>
public sealed class RoundCacheTests(CachedRoundSiteFactory factory) : IClassFixture<CachedRoundSiteFactory>
{
    [Fact]
    public async Task Submissions_reuse_the_round_they_read_until_the_site_changes_it()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(GroupCommitTests.Post(id, GroupCommitTests.Body("キャッシュ 花子", "cache-1@example.jp")))).StatusCode);

        // Changed behind the site's back: the cached round still answers (no query per submission).
        await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatus.Preparing)));
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(GroupCommitTests.Post(id, GroupCommitTests.Body("キャッシュ 花子", "cache-2@example.jp")))).StatusCode);

        // The site's own changes (transitions, results, set-up) forget the round, so the next submission reads it again.
        factory.Services.GetRequiredService<RoundCache>().Forget(id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(GroupCommitTests.Post(id, GroupCommitTests.Body("キャッシュ 花子", "cache-3@example.jp")))).StatusCode);
        await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RoundStatus.Open)));
    }
}
