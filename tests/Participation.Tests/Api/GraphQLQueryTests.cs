using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Committees.Models;
using Participation.Consultations.Models;
using Participation.Core.Cities;
using Participation.Core.Clustering;
using Participation.Plans.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>Every root query of the schema against the demo data, values checked against the database.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLQueryTests(ApiSiteFactory factory)
{
    private static List<string> Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();

    [Fact]
    public async Task Wards_lists_every_ward_with_route_ids()
    {
        var expected = await factory.WithDbAsync(db => db.Set<Ward>().OrderBy(w => w.SortOrder).ToListAsync());
        var data = await factory.CreateClient().DataAsync("{ wards { id name officePhone } }");
        var wards = data.GetProperty("wards");
        Assert.Equal(expected.Select(w => w.Name), Strings(wards, "name"));
        Assert.Equal(expected.Select(w => w.Id.ToString()), Strings(wards, "id"));
        Assert.Contains("中央区", Strings(wards, "name"));
    }

    [Fact]
    public async Task Rounds_lists_public_rounds_newest_first_with_counts()
    {
        var expected = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status != RoundStatus.Preparing)
            .OrderByDescending(r => r.OpensAt).ThenByDescending(r => r.Id).Select(r => new
            {
                r.Id, r.Title,
                Submissions = db.Set<Submission>().Count(s => s.RoundId == r.Id && s.Status == SubmissionStatus.Active),
            }).ToListAsync());
        var data = await factory.CreateClient().DataAsync("{ rounds(first: 100) { totalCount nodes { id title status submissionCount opinionCount department opensAt closesAt ward { name } } } }");
        var rounds = data.GetProperty("rounds");
        Assert.Equal(expected.Count, rounds.GetProperty("totalCount").GetInt32());
        var nodes = rounds.GetProperty("nodes");
        Assert.Equal(expected.Select(r => r.Title), Strings(nodes, "title"));
        Assert.Equal(expected.Select(r => r.Id.ToString()), Strings(nodes, "id"));
        Assert.Equal(expected.Select(r => r.Submissions), nodes.EnumerateArray().Select(n => n.GetProperty("submissionCount").GetInt32()));
        Assert.Contains("OPEN", Strings(nodes, "status"));
        Assert.Contains("RESULTS_PUBLISHED", Strings(nodes, "status"));
        Assert.Contains("みどり市地域公共交通計画（案）への意見募集", Strings(nodes, "title"));
    }

    [Fact]
    public async Task Rounds_filter_by_status_and_ward()
    {
        var client = factory.CreateClient();
        var parks = await RoundIdAsync(RoundStatus.ResultsPublished);
        var wardId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == parks).Select(r => r.WardId!.Value).FirstAsync());
        var published = await client.DataAsync("{ rounds(status: RESULTS_PUBLISHED) { totalCount nodes { id status } } }");
        Assert.All(published.GetProperty("rounds").GetProperty("nodes").EnumerateArray(), n => Assert.Equal("RESULTS_PUBLISHED", n.GetProperty("status").GetString()));
        Assert.Contains(parks.ToString(), Strings(published.GetProperty("rounds").GetProperty("nodes"), "id"));

        var inWard = await client.DataAsync("query($w: ID) { rounds(wardId: $w) { nodes { id ward { id name } } } }", new { w = wardId.ToString() });
        var nodes = inWard.GetProperty("rounds").GetProperty("nodes");
        Assert.Contains(parks.ToString(), Strings(nodes, "id"));
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(wardId.ToString(), n.GetProperty("ward").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Pagination_walks_every_round_with_first_and_after()
    {
        var client = factory.CreateClient();
        var all = Strings((await client.DataAsync("{ rounds(first: 100) { nodes { id } } }")).GetProperty("rounds").GetProperty("nodes"), "id");
        Assert.True(all.Count >= 3);
        var seen = new List<string>();
        string? after = null;
        for (var page = 0; page < all.Count + 1; page++)
        {
            var data = await client.DataAsync("query($after: String) { rounds(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }", new { after });
            var rounds = data.GetProperty("rounds");
            Assert.Equal(all.Count, rounds.GetProperty("totalCount").GetInt32());
            var ids = Strings(rounds.GetProperty("nodes"), "id");
            Assert.InRange(ids.Count, 1, 2);
            seen.AddRange(ids);
            var info = rounds.GetProperty("pageInfo");
            after = info.GetProperty("endCursor").GetString();
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
        }
        Assert.Equal(all, seen);

        var (_, bad) = await client.GraphQLAsync("{ rounds(after: \"not-a-cursor\") { totalCount } }");
        Assert.Equal("INVALID_CURSOR", bad.FirstErrorCode());
    }

    [Fact]
    public async Task Round_with_published_results_has_draft_sections_and_opinion_groups()
    {
        var id = await RoundIdAsync(RoundStatus.ResultsPublished);
        var expected = await factory.WithDbAsync(async db => new
        {
            Round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == id),
            Groups = await db.Set<OpinionGroup>().Where(g => g.RoundId == id).OrderBy(g => g.Order).ThenBy(g => g.Id).ToListAsync(),
            Opinions = await db.Set<Opinion>().CountAsync(o => o.RoundId == id && o.Submission.Status == SubmissionStatus.Active),
        });
        var data = await factory.CreateClient().DataAsync("""
            query($id: ID!) { round(id: $id) {
              id title status department ward { name } submissionCount opinionCount
              draft { id title version sections { id number heading } }
              opinionGroups { id summary response count section { id number heading } reflection { code label } opinions }
            } }
            """, new { id = id.ToString() });
        var round = data.GetProperty("round");
        Assert.Equal(expected.Round.Title, round.GetProperty("title").GetString());
        Assert.Equal("RESULTS_PUBLISHED", round.GetProperty("status").GetString());
        Assert.Equal("中央区", round.GetProperty("ward").GetProperty("name").GetString());
        Assert.Equal(expected.Opinions, round.GetProperty("opinionCount").GetInt32());
        var sections = round.GetProperty("draft").GetProperty("sections");
        Assert.True(sections.GetArrayLength() > 0);
        Assert.Equal("section-1", sections[0].GetProperty("id").GetString());
        Assert.Equal(1, sections[0].GetProperty("number").GetInt32());

        var groups = round.GetProperty("opinionGroups");
        Assert.Equal(expected.Groups.Count, groups.GetArrayLength());
        Assert.Equal(expected.Groups.Select(g => g.Summary), Strings(groups, "summary"));
        Assert.Equal(expected.Groups.Select(g => g.Reflection), groups.EnumerateArray().Select(g => g.GetProperty("reflection").GetProperty("code").GetString()));
        Assert.Equal(expected.Groups[0].Section, groups[0].GetProperty("section").GetProperty("id").GetString());
        Assert.Contains("：", groups[0].GetProperty("reflection").GetProperty("label").GetString() + "：");
        Assert.True(groups.EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()) > 0);
    }

    [Fact]
    public async Task Rounds_in_preparation_and_unpublished_answers_are_invisible()
    {
        var (preparing, closed) = await factory.WithDbAsync(async db =>
        {
            var template = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync();
            var hidden = new ConsultationRound
            {
                Title = "準備中の非公開ラウンド", Department = "テスト課", DraftId = template.DraftId, PurposeNotice = "-",
                OpensAt = DateTime.UtcNow.AddDays(30), ClosesAt = DateTime.UtcNow.AddDays(60), Status = RoundStatus.Preparing, CreatedAt = DateTime.UtcNow,
            };
            db.Add(hidden);
            var closedId = await db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.Closed).Select(r => r.Id).FirstAsync();
            // Staff have started grouping the closed round: not public until results are published.
            db.Add(new OpinionGroup { RoundId = closedId, Summary = "未公表の要旨", Answer = "未公表の考え方", Reflection = "A" });
            await db.SaveChangesAsync();
            return (hidden.Id, closedId);
        });
        var client = factory.CreateClient();
        var list = await client.DataAsync("{ rounds(first: 100) { nodes { id title } } }");
        Assert.DoesNotContain(preparing.ToString(), Strings(list.GetProperty("rounds").GetProperty("nodes"), "id"));
        var single = await client.DataAsync("query($id: ID!) { round(id: $id) { id } }", new { id = preparing.ToString() });
        Assert.Equal(JsonValueKind.Null, single.GetProperty("round").ValueKind);

        var closedRound = await client.DataAsync("query($id: ID!) { round(id: $id) { status opinionGroups { summary } } }", new { id = closed.ToString() });
        Assert.Equal("CLOSED", closedRound.GetProperty("round").GetProperty("status").GetString());
        Assert.Equal(0, closedRound.GetProperty("round").GetProperty("opinionGroups").GetArrayLength());

        var (_, raw) = await client.GraphQLAsync("{ rounds(first: 100) { nodes { title opinionGroups { summary response } } } }");
        Assert.DoesNotContain("未公表", raw.ToString());
        Assert.DoesNotContain("準備中の非公開ラウンド", raw.ToString());
    }

    [Fact]
    public async Task Round_that_does_not_exist_is_null()
    {
        var data = await factory.CreateClient().DataAsync("{ a: round(id: \"999999\") { id } b: round(id: \"abc\") { id } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
    }

    [Fact]
    public async Task Committees_show_seats_and_recruitment_with_applicant_counts()
    {
        var expected = await factory.WithDbAsync(async db => new
        {
            Committees = await db.Set<Committee>().OrderBy(c => c.Id).ToListAsync(),
            Applicants = await db.Set<Application>().CountAsync(),
        });
        var data = await factory.CreateClient().DataAsync("{ committees { id name seats residentSeats members recruitment { opensAt closesAt status applicantCount } } }");
        var committees = data.GetProperty("committees");
        Assert.Equal(expected.Committees.Select(c => c.Name), Strings(committees, "name"));
        Assert.Equal(expected.Committees.Select(c => c.TotalSeats), committees.EnumerateArray().Select(c => c.GetProperty("seats").GetInt32()));
        Assert.Equal(expected.Committees.Select(c => c.ResidentSeats), committees.EnumerateArray().Select(c => c.GetProperty("residentSeats").GetInt32()));
        var recruitments = committees.EnumerateArray().Select(c => c.GetProperty("recruitment")).Where(r => r.ValueKind == JsonValueKind.Object).ToList();
        Assert.Contains(recruitments, r => r.GetProperty("status").GetString() == "OPEN");
        Assert.Equal(expected.Applicants, recruitments.Sum(r => r.GetProperty("applicantCount").GetInt32()));
        Assert.Contains("環境審議会", Strings(committees, "name"));
    }

    [Fact]
    public async Task Plans_show_measures_kpis_and_yearly_actuals()
    {
        var expected = await factory.WithDbAsync(async db =>
        {
            var plan = await db.Set<Plan>().Where(p => p.IsPublished).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).FirstAsync();
            var measures = await db.Set<PlanMeasure>().CountAsync(m => m.PlanId == plan.Id && m.Level != PlanLevel.PolicyArea);
            var kpi = await db.Set<Kpi>().Include(k => k.Actuals).Where(k => db.Set<PlanMeasure>().Any(m => m.Id == k.MeasureId && m.PlanId == plan.Id) && k.Actuals.Count > 0)
                .OrderBy(k => k.Id).FirstAsync();
            return (plan, measures, kpi);
        });
        var data = await factory.CreateClient().DataAsync("{ plans { id title measures { id title status progress kpis { name unit baseline target grade actuals { fiscalYear value } } } } }");
        var plan = data.GetProperty("plans").EnumerateArray().First(p => p.GetProperty("id").GetString() == expected.plan.Id.ToString());
        Assert.Equal(expected.plan.Title, plan.GetProperty("title").GetString());
        Assert.Equal(expected.measures, plan.GetProperty("measures").GetArrayLength());
        var kpi = plan.GetProperty("measures").EnumerateArray().SelectMany(m => m.GetProperty("kpis").EnumerateArray())
            .First(k => k.GetProperty("name").GetString() == expected.kpi.Name);
        Assert.Equal(expected.kpi.Unit, kpi.GetProperty("unit").GetString());
        Assert.Equal(expected.kpi.BaselineValue, kpi.GetProperty("baseline").GetDouble());
        Assert.Equal(expected.kpi.TargetValue, kpi.GetProperty("target").GetDouble());
        Assert.Matches("^[A-D-]$", kpi.GetProperty("grade").GetString());
        Assert.Equal(expected.kpi.Actuals.OrderBy(a => a.FiscalYear).Select(a => a.FiscalYear),
            kpi.GetProperty("actuals").EnumerateArray().Select(a => a.GetProperty("fiscalYear").GetInt32()));
        Assert.Equal(expected.kpi.Actuals.OrderBy(a => a.FiscalYear).Select(a => a.Value),
            kpi.GetProperty("actuals").EnumerateArray().Select(a => a.GetProperty("value").GetDouble()));
    }

    [Fact]
    public async Task Clusters_are_what_the_clustering_contract_publishes()
    {
        var id = await RoundIdAsync(RoundStatus.ResultsPublished);
        var expected = await factory.WithScope(async sp =>
        {
            using var scope = sp.CreateScope();
            var published = scope.ServiceProvider.GetService<IPublishedClusters>();
            return published is null ? [] : (await published.ForRoundAsync(id)).Select(c => c.Label).ToList();
        });
        var data = await factory.CreateClient().DataAsync("query($id: ID!) { clusters(roundId: $id) { id label size keywords representatives } }", new { id = id.ToString() });
        Assert.Equal(expected, Strings(data.GetProperty("clusters"), "label"));
    }

    private Task<int> RoundIdAsync(RoundStatus status) =>
        factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == status).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
}
