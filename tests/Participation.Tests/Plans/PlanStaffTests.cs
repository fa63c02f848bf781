using Participation.Core.Text;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.Plans;

/// <summary>Staff work through HTTP: import (all or nothing), statuses, voice links, and who may do what.</summary>
public sealed class PlanStaffTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private Task<int> PlanIdAsync() => factory.WithDbAsync(db => db.Set<Plan>().Select(p => p.Id).SingleAsync());

    private Task<PlanMeasure> MeasureAsync(string title) =>
        factory.WithDbAsync(db => db.Set<PlanMeasure>().AsNoTracking().SingleAsync(m => m.Title == title));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int planId, string fileName, byte[] content)
    {
        var page = await client.GetStringAsync("/staff/plans");
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await client.PostAsync($"/staff/plans/{planId}/import", form);
    }

    [Fact]
    public async Task Import_with_one_bad_row_lists_every_error_and_imports_nothing_then_a_clean_file_imports()
    {
        var planId = await PlanIdAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        var template = Csv.Parse(Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/staff/plans/{planId}/template.csv")));
        Assert.Equal(KpiSheet.Columns, template[0]);
        var kpiA = int.Parse(template[1][0]);
        var kpiB = int.Parse(template[2][0]);
        string[] Row(string id, string year, string value) => [id, "", "", "", "", year, value];
        var before = await factory.WithDbAsync(db => db.Set<KpiActual>().CountAsync());

        var bad = Csv.ToBytes([KpiSheet.Columns, Row(kpiA.ToString(), "令和8年度", "12"), Row(kpiB.ToString(), "来年", "3"),
            Row("99999", "2026", "abc"), Row(kpiA.ToString(), "2026", "13")]);
        var response = await UploadAsync(client, planId, "actuals.csv", bad);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("4件の誤りがあるため、何も取り込んでいません。", html);
        Assert.Contains("<td class=\"num\">3</td><td>年度</td>", html);
        Assert.Contains("<td class=\"num\">4</td><td>指標ID</td><td>指標ID 99999 はこの計画にありません。</td>", html);
        Assert.Contains("<td class=\"num\">4</td><td>実績値</td>", html);
        Assert.Contains("<td class=\"num\">5</td><td>年度</td>", html);   // duplicate of row 2
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<KpiActual>().CountAsync()));

        var good = Csv.ToBytes([KpiSheet.Columns, Row(kpiA.ToString(), "令和8年度", "12.5"), Row(kpiB.ToString(), "2026", "1,234")]);
        response = await UploadAsync(client, planId, "actuals.csv", good);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2件の実績を取り込みました。", await response.Content.ReadAsStringAsync());
        var stored = await factory.WithDbAsync(db => db.Set<KpiActual>().Where(a => a.FiscalYear == 2026).OrderBy(a => a.KpiId).ToListAsync());
        Assert.Equal(12.5, stored.Single(a => a.KpiId == kpiA).Value);
        Assert.Equal(1234, stored.Single(a => a.KpiId == kpiB).Value);
    }

    [Fact]
    public async Task Xlsx_template_round_trips_and_a_wrong_header_is_reported()
    {
        var planId = await PlanIdAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        var xlsx = await client.GetByteArrayAsync($"/staff/plans/{planId}/template.xlsx");
        var rows = XlsxSheet.Read(new MemoryStream(xlsx));
        var kpiId = rows[1][0];
        var filled = XlsxSheet.Write("成果指標", KpiSheet.Columns, [[kpiId, "", "", "", "", "2030", "7"]]);
        var response = await UploadAsync(client, planId, "filled.xlsx", filled);
        Assert.Contains("1件の実績を取り込みました。", await response.Content.ReadAsStringAsync());
        Assert.Equal(7, await factory.WithDbAsync(db => db.Set<KpiActual>().Where(a => a.KpiId == int.Parse(kpiId) && a.FiscalYear == 2030).Select(a => a.Value).SingleAsync()));

        response = await UploadAsync(client, planId, "x.csv", Encoding.UTF8.GetBytes("id,year,value\n1,2025,3\n"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("1行目の見出しがテンプレートと違います", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ward_staff_update_their_wards_project_and_the_parent_progress_follows()
    {
        var project = await MeasureAsync("中央区帰宅困難者対策事業");   // 検討中 → 10 %
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var response = await client.PostFormAsync($"/staff/plans/measures/{project.Id}", $"/staff/plans/measures/{project.Id}/status",
            ("status", "done"), ("note", "駅周辺の3事業者と協定を締結しました。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("done", (await MeasureAsync("中央区帰宅困難者対策事業")).Status);

        // 防災力の向上: weights 1,1,1 → (50 + 50 + 100) / 3
        var parent = await MeasureAsync("防災力の向上");
        var html = await client.GetStringAsync($"/plans/measures/{parent.Id}");
        Assert.Contains("<strong class=\"measure-progress\">66.7%</strong>", html);
        var projectPage = await client.GetStringAsync($"/plans/measures/{project.Id}");
        Assert.Contains("駅周辺の3事業者と協定を締結しました。", projectPage);

        var bad = await client.PostFormAsync($"/staff/plans/measures/{project.Id}", $"/staff/plans/measures/{project.Id}/status", ("status", "bogus"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("状況を選んでください", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Other_wards_staff_councillors_and_residents_cannot_edit()
    {
        var project = await MeasureAsync("北区子育てひろば整備事業");
        var chuo = factory.CreateBrowserClient();
        await chuo.SignInAsync("staff.chuo@demo.example");
        var page = await chuo.GetStringAsync($"/staff/plans/measures/{project.Id}");
        Assert.Contains("閲覧のみできます", page);
        var response = await chuo.PostFormAsync("/staff/plans", $"/staff/plans/measures/{project.Id}/status", ("status", "done"));
        Assert.Contains("access-denied", response.Headers.Location!.ToString());

        foreach (var who in new[] { "councillor@demo.example", "resident@demo.example" })
        {
            var client = factory.CreateBrowserClient();
            await client.SignInAsync(who);
            var staffPage = await client.GetAsync("/staff/plans");
            Assert.Equal(HttpStatusCode.Redirect, staffPage.StatusCode);
            Assert.Contains("access-denied", staffPage.Headers.Location!.ToString());
            var measurePage = await client.GetStringAsync($"/plans/measures/{project.Id}");
            Assert.DoesNotContain($"/staff/plans/measures/{project.Id}", measurePage);
        }
        Assert.Equal("in-progress", (await MeasureAsync("北区子育てひろば整備事業")).Status);
    }

    [Fact]
    public async Task Ward_staff_cannot_import_actuals_of_another_wards_kpi()
    {
        var planId = await PlanIdAsync();
        var kpiId = await factory.WithDbAsync(db => db.Set<Kpi>().Where(k => k.Name == "北区子育てひろばの年間利用者数").Select(k => k.Id).SingleAsync());
        var chuo = factory.CreateBrowserClient();
        await chuo.SignInAsync("staff.chuo@demo.example");
        var template = Encoding.UTF8.GetString(await chuo.GetByteArrayAsync($"/staff/plans/{planId}/template.csv"));
        Assert.DoesNotContain("北区子育てひろばの年間利用者数", template);
        var response = await UploadAsync(chuo, planId, "a.csv", Csv.ToBytes([KpiSheet.Columns, [kpiId.ToString(), "", "", "", "", "2026", "9500"]]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"指標ID {kpiId} は担当区が異なるため更新できません。", await response.Content.ReadAsStringAsync());

        var kita = factory.CreateBrowserClient();
        await kita.SignInAsync("staff.kita@demo.example");
        response = await UploadAsync(kita, planId, "a.csv", Csv.ToBytes([KpiSheet.Columns, [kpiId.ToString(), "", "", "", "", "2026", "9500"]]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(9500, await factory.WithDbAsync(db => db.Set<KpiActual>().Where(a => a.KpiId == kpiId && a.FiscalYear == 2026).Select(a => a.Value).SingleAsync()));
    }

    [Fact]
    public async Task Linking_voice_redacts_the_representative_opinion_and_bad_input_keeps_what_was_typed()
    {
        var measure = await MeasureAsync("学校教育の充実");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("secretariat@demo.example");
        var url = $"/staff/plans/measures/{measure.Id}";

        var bad = await client.PostFormAsync(url, url + "/voice", ("SourceType", "cluster"), ("SourceId", "c-42"), ("Title", ""),
            ("Url", "https://evil.example/"), ("Count", "5"), ("RepresentativeText", "不登校の子の居場所がほしい"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("元のIDと見出しを入力してください。", badHtml);
        Assert.Contains("不登校の子の居場所がほしい</textarea>", badHtml);
        Assert.Contains("value=\"c-42\"", badHtml);

        var ok = await client.PostFormAsync(url, url + "/voice", ("SourceType", "cluster"), ("SourceId", "c-42"), ("Title", "不登校の子どもの居場所"),
            ("Url", "/rounds/3"), ("Count", "14"), ("RepresentativeText", "息子が学校に行けていません。連絡は090-1234-5678までお願いします。"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var link = await factory.WithDbAsync(db => db.Set<MeasureVoiceLink>().SingleAsync(v => v.MeasureId == measure.Id && v.SourceId == "c-42"));
        Assert.DoesNotContain("090-1234-5678", link.RepresentativeText);
        Assert.Contains("［電話番号］", link.RepresentativeText);
        Assert.Equal(14, link.Count);
        var publicPage = await factory.CreateBrowserClient().GetStringAsync($"/plans/measures/{measure.Id}");
        Assert.Contains("href=\"/rounds/3\"", publicPage);
        Assert.Contains("不登校の子どもの居場所", publicPage);
        Assert.DoesNotContain("090-1234-5678", publicPage);
    }

    [Fact]
    public async Task Staff_measure_page_suggests_measures_by_similarity()
    {
        var measure = await MeasureAsync("防災力の向上");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        var html = await client.GetStringAsync($"/staff/plans/measures/{measure.Id}?suggest={Uri.EscapeDataString("避難所の間仕切りとトイレが足りない。防災訓練にも参加したい")}");
        var table = html[html.IndexOf("class=\"suggestions\"")..];
        var first = table.IndexOf("<th scope=\"row\">", table.IndexOf("<tbody>"));
        Assert.Contains("防災力の向上", table.Substring(first, 200));
    }
}
