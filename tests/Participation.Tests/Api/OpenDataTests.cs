using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Text;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>/opendata: the page, each dataset as CSV (BOM, header) and JSON (licence, date), and nothing personal in any file.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenDataTests(ApiSiteFactory factory)
{
    public static readonly TheoryData<string, string[]> Headers = new()
    {
        { "rounds", ["ID", "件名", "状態", "区", "担当課", "募集開始日時", "募集締切日時", "提出件数", "意見数", "結果公表日時", "URL"] },
        { "results", ["意見募集ID", "件名", "項目", "意見グループID", "意見の要旨", "意見数", "意見（個人情報は伏せています）", "市の考え方", "反映区分"] },
        { "plans", ["計画ID", "計画名", "施策ID", "施策番号", "施策・事業名", "区分", "担当課", "進捗状況", "進捗率（%）", "成果指標", "単位", "基準値", "基準年度", "目標値", "目標年度", "評価", "年度", "実績値"] },
        { "committees", ["ID", "名称", "担当課", "委員定数", "公募委員数", "任期", "公募状況", "公募開始日時", "公募締切日時", "応募者数", "委員（公表に同意した方のみ）"] },
        { "participation", ["機能", "指標キー", "指標", "内訳", "内訳の値", "値"] },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task Each_dataset_downloads_as_csv_with_bom_and_header_and_as_json_with_licence(string key, string[] header)
    {
        var client = factory.CreateClient();
        var csv = await client.GetAsync($"/opendata/{key}.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType.CharSet);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes));
        Assert.Equal(header, rows[0]);
        Assert.True(rows.Count > 1, $"{key} has no rows");
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));

        var json = await client.GetAsync($"/opendata/{key}.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var doc = await json.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(key, doc.GetProperty("dataset").GetString());
        Assert.Equal("CC BY 4.0", doc.GetProperty("licence").GetProperty("name").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", doc.GetProperty("lastUpdated").GetString());
        Assert.Equal(rows.Count - 1, doc.GetProperty("records").GetArrayLength());
        Assert.Equal(header, doc.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("header").GetString()));
    }

    [Fact]
    public async Task Rounds_file_matches_the_database()
    {
        var expected = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status != RoundStatus.Preparing)
            .Select(r => new { r.Id, r.Title }).ToListAsync());
        var rows = Csv.Parse(await factory.CreateClient().GetStringAsync("/opendata/rounds.csv")).Skip(1).ToList();
        Assert.Equal(expected.Select(r => r.Id.ToString()).Order(), rows.Select(r => r[0]).Order());
        Assert.Contains(rows, r => r[1] == "みどり市地域公共交通計画（案）への意見募集" && r[3] == "市全域" && r[10] == $"/rounds/{r[0]}");
    }

    [Fact]
    public async Task No_file_carries_the_personal_data_of_a_submission()
    {
        const string name = "漏洩検査 太郎", email = "leak.check@example.jp", phone = "090-2718-2818", address = "みどり市中央区検査町1-2-3";
        var client = factory.CreateClient();
        var open = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.Open).Select(r => r.Id).FirstAsync());
        var submitted = await client.PostAsJsonAsync($"/api/rounds/{open}/submissions", new
        {
            category = "resident", name, email, phone, address,
            opinions = new[] { new { section = "general", text = "バスの本数を増やしてほしいです。" } },
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);

        // A published opinion whose text itself carries contact details: the file must have it masked.
        await factory.WithDbAsync(async db =>
        {
            var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Status == RoundStatus.ResultsPublished);
            var group = await db.Set<OpinionGroup>().Where(g => g.RoundId == round.Id).OrderBy(g => g.Id).FirstAsync();
            var submission = new Submission { RoundId = round.Id, ReceiptNumber = "PC-LEAK-1", Channel = Channel.Post, ReceivedAt = round.OpensAt.AddDays(1), CreatedAt = round.OpensAt.AddDays(1) };
            submission.Opinions.Add(new Opinion { RoundId = round.Id, Section = group.Section, GroupId = group.Id,
                Text = $"公園のトイレを増やしてほしい。連絡は {phone} か {email} までお願いします。" });
            db.Add(submission);
            await db.SaveChangesAsync();
            db.Add(new SubmitterContact { SubmissionId = submission.Id, Name = name, Email = email, Phone = phone, Address = address });
            return await db.SaveChangesAsync();
        });

        var results = await client.GetStringAsync("/opendata/results.csv");
        Assert.Contains("公園のトイレを増やしてほしい。", results);
        Assert.Contains("［電話番号］", results);
        Assert.Contains("［メール］", results);
        foreach (var key in new[] { "rounds", "results", "plans", "committees", "participation" })
            foreach (var format in new[] { "csv", "json" })
            {
                var text = await client.GetStringAsync($"/opendata/{key}.{format}");
                foreach (var secret in new[] { name, "漏洩検査", email, phone, "27182818", address, "検査町" })
                    Assert.DoesNotContain(secret, text);
                Assert.DoesNotContain("@demo.example", text);
            }
        var (_, api) = await client.GraphQLAsync("{ rounds(first: 100) { nodes { title opinionGroups { summary response opinions } } } committees { name members } }");
        Assert.DoesNotContain(email, api.ToString());
        Assert.DoesNotContain(phone, api.ToString());
    }

    [Fact]
    public async Task Committee_members_appear_only_with_consent()
    {
        var rows = Csv.Parse(await factory.CreateClient().GetStringAsync("/opendata/committees.csv")).Skip(1).ToList();
        var applicantNames = await factory.WithDbAsync(db => db.Set<Participation.Committees.Models.ApplicantContact>().Select(c => c.Name).ToListAsync());
        Assert.Contains(rows, r => r[1] == "環境審議会");
        Assert.All(rows, r => Assert.DoesNotContain(r[10], applicantNames.Where(n => n.Length > 0)));
        Assert.All(rows, r => Assert.True(applicantNames.All(n => !r[10].Contains(n))));
    }

    [Fact]
    public async Task Opendata_page_lists_every_dataset_with_licence_date_and_links()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/opendata");
        foreach (var key in new[] { "rounds", "results", "plans", "committees", "participation" })
        {
            Assert.Contains($"href=\"/opendata/{key}.csv\"", page);
            Assert.Contains($"href=\"/opendata/{key}.json\"", page);
        }
        Assert.Contains("CC BY 4.0", page);
        Assert.Contains("令和", page);
        Assert.Contains("<caption>", page);
        Assert.Contains("href=\"/opendata\"", await client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/opendata/users.csv")).StatusCode);
    }
}

/// <summary>The licence is the deployer's choice.</summary>
public sealed class OpenDataLicenceTests
{
    [Fact]
    public async Task Licence_comes_from_settings()
    {
        using var factory = new ParticipationFactory();
        factory.Settings["Participation:Api:LicenceName"] = "CC0 1.0";
        factory.Settings["Participation:Api:LicenceUrl"] = "https://creativecommons.org/publicdomain/zero/1.0/deed.ja";
        var client = factory.CreateClient();
        Assert.Contains("CC0 1.0", await client.GetStringAsync("/opendata"));
        var doc = await client.GetFromJsonAsync<JsonElement>("/opendata/participation.json");
        Assert.Equal("CC0 1.0", doc.GetProperty("licence").GetProperty("name").GetString());
    }
}
