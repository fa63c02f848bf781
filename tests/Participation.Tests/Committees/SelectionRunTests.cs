using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Committees.Services.Selecting;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

public class SelectionRunTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private async Task<HttpClient> SecretariatAsync()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        return client;
    }

    [Fact]
    public async Task Infeasible_quotas_are_explained_in_words_and_the_input_is_kept()
    {
        var client = await SecretariatAsync();
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        var url = $"/staff/recruitments/{rid}/selection";
        var women = await factory.WithDbAsync(db => db.Set<Application>().CountAsync(a => a.RecruitmentId == rid && a.Gender == "女性"));
        var response = await client.PostFormAsync(url, url, ("Input.Method", "FairLottery"), ("Input.PanelSize", "6"),
            ("Input.Quotas", $"Gender=女性:{women + 1}-{women + 3}\nGender=男性:0-6"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("人数枠を満たせない理由", html);
        Assert.Contains($"性別=女性（{women + 1}〜{women + 3}）: 最低{women + 1}人が必要ですが、該当する応募者は{women}人しかいません。", html);
        Assert.Contains($"Gender=女性:{women + 1}-{women + 3}", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<SelectionRun>().CountAsync(r => r.Quotas.Contains($"{women + 1}-"))));

        var unreadable = await client.PostFormAsync(url, url, ("Input.Method", "FairLottery"), ("Input.PanelSize", "6"), ("Input.Quotas", "Gender=女性:2-4\n性別は半々"));
        Assert.Contains("人数枠の 2 行目が読めません", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Fair_run_publishes_a_verifiable_commitment_and_the_same_seed_draws_the_same_panel()
    {
        var client = await SecretariatAsync();
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        var committeeId = await CommitteeIdAsync(factory, "地域公共交通会議");
        var runId = await StartRunAsync(factory, client, rid, ("Input.Method", "FairLottery"), ("Input.PanelSize", "6"),
            ("Input.Quotas", "Gender=女性:3-3\nGender=男性:3-3\nAgeBand=70-:0-2"));
        var run = await factory.WithDbAsync(db => db.Set<SelectionRun>().SingleAsync(r => r.Id == runId));
        Assert.Equal(SelectionRunState.Ready, run.State);

        // Published before the draw: the document's SHA-256 is the commitment on the public page.
        var publicPage = await factory.CreateBrowserClient().GetStringAsync($"/committees/{committeeId}/selection/{runId}");
        var document = await factory.CreateBrowserClient().GetByteArrayAsync($"/committees/{committeeId}/selection/{runId}/distribution.json");
        var hash = Convert.ToHexString(SHA256.HashData(document)).ToLowerInvariant();
        Assert.Contains($"<code id=\"commitment\">{hash}</code>", publicPage);
        Assert.DoesNotContain("applicant0", Encoding.UTF8.GetString(document));
        var probabilities = DistributionDocument.Probabilities(Encoding.UTF8.GetString(document));
        Assert.Equal(40, probabilities.Count);
        Assert.Equal(6.0, probabilities.Values.Sum(), 6);
        Assert.True(probabilities.Values.Min() > 0.05, "every volunteer has a real chance");

        const string seed = "第1234回ロト6 当せん番号 03 11 19 27 35 41";
        var drawn = await client.PostFormAsync($"/staff/selection-runs/{runId}", $"/staff/selection-runs/{runId}/draw", ("seed", seed), ("source", "第1234回ロト6"));
        Assert.Equal(HttpStatusCode.Redirect, drawn.StatusCode);
        var apps = await factory.WithDbAsync(db => db.Set<Application>().Where(a => a.RecruitmentId == rid).ToListAsync());
        var selected = apps.Where(a => a.Outcome == SelectionOutcome.Selected).ToList();
        Assert.Equal(6, selected.Count);
        Assert.Equal(3, selected.Count(a => a.Gender == "女性"));
        Assert.True(selected.Count(a => a.AgeBand == "70-") <= 2);
        Assert.Equal(Enumerable.Range(1, 6), apps.Where(a => a.ReserveRank is not null).Select(a => a.ReserveRank!.Value).Order());

        // Anyone recomputes it from the published document and the revealed seed.
        var after = await factory.WithDbAsync(db => db.Set<SelectionRun>().SingleAsync(r => r.Id == runId));
        var again = SelectionDraw.Compute(after, seed);
        var members = Regex.Match(await factory.CreateBrowserClient().GetStringAsync($"/committees/{committeeId}/selection/{runId}"), "<span id=\"members\">([^<]*)</span>").Groups[1].Value;
        Assert.Equal(string.Join(", ", again.Members), members);
        Assert.Equal(again.Members, SelectionDraw.Compute(after, seed).Members);
        Assert.Equal(again.Reserves, SelectionDraw.Compute(after, seed).Reserves);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Participation.Core.Audit.AuditEntry>().CountAsync(e => e.Action == "committee.selection.drawn" && e.EntityId == runId.ToString())));
    }

    [Fact]
    public async Task Simple_lottery_and_ranking_draw_and_mail_every_applicant_in_their_language()
    {
        var client = await SecretariatAsync();
        var id = await CommitteeIdAsync(factory, "環境審議会");
        var rid = await RecruitmentIdAsync(factory, "環境審議会");
        var apply = $"/committees/{id}/apply";
        var applicants = new[] { ("北 一郎", "ichiro.r@example.jp", "ja"), ("南 花子", "hanako.r@example.jp", "ja"), ("Emma Clark", "emma.r@example.jp", "en") };
        foreach (var (name, email, culture) in applicants)
        {
            var c = factory.CreateBrowserClient();
            var url = culture == "en" ? apply + "?culture=en" : apply;
            await c.PostFormAsync(url, url, ("Input.Name", name), ("Input.Email", email), ("Input.Age", "45"), ("Input.Gender", "女性"),
                ("Input.Ward", "東区"), ("Input.CityLink", "true"), ("Input.ConsentToPublishName", "true"), ("Input.Essay", Essay(900)));
        }
        var pool = await factory.WithDbAsync(db => db.Set<Application>().CountAsync(a => a.RecruitmentId == rid));
        var runId = await StartRunAsync(factory, client, rid, ("Input.Method", "SimpleLottery"), ("Input.PanelSize", "1"));
        var run = await factory.WithDbAsync(db => db.Set<SelectionRun>().SingleAsync(r => r.Id == runId));
        Assert.Equal(1.0 / pool, run.MinProbability, 9);
        await client.PostFormAsync($"/staff/selection-runs/{runId}", $"/staff/selection-runs/{runId}/draw", ("seed", "42"), ("source", "test"));
        var notified = await client.PostFormAsync($"/staff/selection-runs/{runId}", $"/staff/selection-runs/{runId}/notify");
        Assert.Equal(HttpStatusCode.Redirect, notified.StatusCode);

        var mails = Directory.GetFiles(factory.MailFolder, "*.eml").Select(File.ReadAllText).Select(DecodeMime).ToList();
        var emma = Assert.Single(mails, m => m.Contains("emma.r@example.jp"));
        Assert.Contains("Thank you for applying", emma);
        var ichiro = Assert.Single(mails, m => m.Contains("ichiro.r@example.jp"));
        Assert.Contains("ご応募いただき", ichiro);
        var outcomes = await factory.WithDbAsync(db => db.Set<Application>().Where(a => a.RecruitmentId == rid).Select(a => new { a.Outcome, a.Status }).ToListAsync());
        Assert.Single(outcomes, o => o.Outcome == SelectionOutcome.Selected);
        Assert.All(outcomes, o => Assert.Equal(ApplicationStatus.Decided, o.Status));

        // Ranking on the same pool: no seed needed, the published ranking decides.
        var rankId = await StartRunAsync(factory, client, rid, ("Input.Method", "Ranking"), ("Input.PanelSize", "2"));
        var ranked = await client.PostFormAsync($"/staff/selection-runs/{rankId}", $"/staff/selection-runs/{rankId}/draw");
        Assert.Equal(HttpStatusCode.Redirect, ranked.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<Application>().CountAsync(a => a.RecruitmentId == rid && a.Outcome == SelectionOutcome.Selected)));
    }

    /// <summary>Mail bodies may be quoted-printable or base64; decode enough to search them.</summary>
    private static string DecodeMime(string eml)
    {
        var message = MimeKit.MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(eml)));
        return string.Join("\n", message.To.ToString(), message.Subject, message.TextBody);
    }
}
