using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Models;
using Participation.Clustering.Services;
using Participation.Consultations.Models;
using Participation.Core.Cities;
using Participation.Core.Events;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Clustering.Module;

/// <summary>One demo site shared by the clustering module tests (demo setup clusters the published round).</summary>
[CollectionDefinition(Name)]
public sealed class ClusteringSiteCollection : ICollectionFixture<DemoSiteFactory>
{
    public const string Name = "clustering-module";
}

public static class ClusteringSite
{
    public static Task<int> WardIdAsync(this ParticipationFactory f, string name) =>
        f.WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == name).Select(w => w.Id).FirstAsync());

    public static Task<ConsultationRound> RoundAsync(this ParticipationFactory f, string titleStart) =>
        f.WithDbAsync(db => db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Title.StartsWith(titleStart)));

    public static Task<ClusterRun> RunAsync(this ParticipationFactory f, int id) =>
        f.WithDbAsync(db => db.Set<ClusterRun>().AsNoTracking().FirstAsync(r => r.Id == id));

    /// <summary>The job path, called directly (the test site runs no job server).</summary>
    public static async Task RunJobAsync(this ParticipationFactory f, int runId)
    {
        using var scope = f.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ClusterRunJob>().RunAsync(runId, CancellationToken.None);
    }

    /// <summary>A round of its own (in a ward) with the given opinions, each in its own active submission.</summary>
    public static async Task<int> SeedRoundAsync(this ParticipationFactory f, int wardId, string title, IEnumerable<string> opinions)
    {
        return await f.WithDbAsync(async db =>
        {
            var template = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync();
            var round = new ConsultationRound
            {
                Title = title, WardId = wardId, Department = "テスト課", DraftId = template.DraftId, PurposeNotice = "テスト",
                OpensAt = DateTime.UtcNow.AddDays(-30), ClosesAt = DateTime.UtcNow.AddDays(-1), Status = RoundStatus.Closed, CreatedAt = DateTime.UtcNow,
            };
            db.Add(round);
            await db.SaveChangesAsync();
            foreach (var text in opinions) await AddSubmissionAsync(db, round.Id, wardId, text);
            return round.Id;
        });
    }

    public static async Task<Submission> AddSubmissionAsync(Participation.Core.Data.ParticipationDbContext db, int roundId, int? wardId, string text,
        SubmissionStatus status = SubmissionStatus.Active, bool withheld = false)
    {
        var s = new Submission
        {
            RoundId = roundId, ReceiptNumber = "T-" + Guid.NewGuid().ToString("N")[..16], WardId = wardId, Status = status,
            ReceivedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
            Opinions = [new Opinion { RoundId = roundId, Text = text, Withheld = withheld }],
        };
        db.Add(s);
        await db.SaveChangesAsync();
        return s;
    }

    /// <summary>A new submission as Consultations would accept it, with the event it raises.</summary>
    public static async Task<int> SubmitAsync(this ParticipationFactory f, int roundId, int wardId, string text)
    {
        using var scope = f.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Participation.Core.Data.ParticipationDbContext>();
        var s = await AddSubmissionAsync(db, roundId, wardId, text);
        await scope.ServiceProvider.GetRequiredService<IEventBus>().PublishAsync(new SubmissionAccepted(roundId, s.Id, s.Opinions.Select(o => o.Id).ToList(), wardId));
        return s.Opinions[0].Id;
    }

    /// <summary>Several submissions committed together, their events raised in one call (as the outbox raises a batch).</summary>
    public static async Task<List<int>> SubmitAllAsync(this ParticipationFactory f, int roundId, int wardId, params string[] texts)
    {
        using var scope = f.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Participation.Core.Data.ParticipationDbContext>();
        var events = new List<SubmissionAccepted>();
        foreach (var text in texts)
        {
            var s = await AddSubmissionAsync(db, roundId, wardId, text);
            events.Add(new SubmissionAccepted(roundId, s.Id, s.Opinions.Select(o => o.Id).ToList(), wardId));
        }
        var bus = scope.ServiceProvider.GetRequiredService<IEventBus>();
        await bus.PublishAllAsync(events);
        await bus.PublishAllAsync(events); // raised again (the outbox delivers at least once): placed only once
        return events.Select(e => e.OpinionIds[0]).ToList();
    }

    public static readonly string[] ParkOpinions =
    [
        "公園のトイレが古くて汚いので改修してほしい。",
        "公園のトイレを洋式にして清掃回数を増やしてください。",
        "トイレの照明が暗く夜は怖い。公園のトイレを明るくしてほしい。",
        "子ども用の遊具が少ない。ブランコと滑り台を増やしてほしい。",
        "遊具が古く危ないので、新しい遊具に交換してください。",
        "幼児向けの遊具と砂場を公園に整備してほしい。",
        "駐輪場が足りず歩道に自転車があふれている。駐輪場を増やしてほしい。",
        "駅前の駐輪場を拡張し、放置自転車を減らしてください。",
        "自転車の駐輪場が満車で困る。駐輪場の台数を増やしてほしい。",
        "ベンチと日陰が少ない。木陰にベンチを置いてほしい。",
        "高齢者が休めるベンチを公園に増やしてください。",
        "日差しが強いので、公園に日よけとベンチを設置してほしい。",
    ];
}
