using Participation.Core.Text;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Statistics;
using Participation.Plans.Models;
using Participation.Plans.Services;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.Plans;

/// <summary>The public dashboards on the demo site, as a resident meets them (read-only here).</summary>
public sealed partial class PlanPagesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [GeneratedRegex("href=\"/plans/measures/(\\d+)\"")]
    private static partial Regex MeasureLink();

    [Fact]
    public async Task Plans_index_links_each_plan_and_the_plan_links_its_measures()
    {
        var client = factory.CreateBrowserClient();
        var index = await client.GetStringAsync("/plans");
        var planId = await factory.WithDbAsync(db => db.Set<Plan>().Select(p => p.Id).SingleAsync());
        Assert.Contains($"href=\"/plans/{planId}\"", index);
        Assert.Contains("第6次みどり市総合計画", index);
        Assert.Contains("role=\"img\"", index);   // progress bar and grade chart

        var plan = await client.GetStringAsync($"/plans/{planId}");
        foreach (var area in new[] { "子育て・教育", "健康・福祉", "環境・みどり", "安全・安心", "産業・にぎわい", "市民参加・行政運営" })
            Assert.Contains(area, plan);
        var measureIds = MeasureLink().Matches(plan).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        var inDb = await factory.WithDbAsync(db => db.Set<PlanMeasure>().CountAsync(m => m.Level != PlanLevel.PolicyArea));
        Assert.Equal(inDb, measureIds.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plans/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/plans/measures/99999")).StatusCode);
    }

    [Fact]
    public async Task Measure_page_shows_kpis_across_years_with_chart_alternatives_and_resident_voice()
    {
        var (measureId, kpi) = await factory.WithDbAsync(async db =>
        {
            var m = await db.Set<PlanMeasure>().SingleAsync(x => x.Title == "子育て支援の充実");
            var k = await db.Set<Kpi>().Include(x => x.Actuals).SingleAsync(x => x.MeasureId == m.Id && x.Name == "保育所待機児童数");
            return (m.Id, k);
        });
        Assert.Equal([2022, 2023, 2024, 2025], kpi.Actuals.Select(a => a.FiscalYear).Order());
        Assert.Equal(2027, kpi.TargetFiscalYear);
        var html = await factory.CreateBrowserClient().GetStringAsync($"/plans/measures/{measureId}");
        Assert.Contains($"<title id=\"kpi-{kpi.Id}-title\">保育所待機児童数</title>", html);
        Assert.Contains($"<desc id=\"kpi-{kpi.Id}-desc\">", html);
        Assert.Contains("保育所待機児童数の年度別の値（グラフのデータ）", html);   // the data table's caption
        foreach (var y in new[] { "令和4年度", "令和5年度", "令和6年度", "令和7年度", "令和9年度" }) Assert.Contains(y, html);

        // Grade shown equals the grader's verdict on the latest actual (lower is better here).
        var latest = kpi.Actuals.OrderBy(a => a.FiscalYear).Last().Value;
        var rate = (48 - latest) / 48.0 * 100;
        Assert.Contains(rate.ToString("0.0") + "%", html);

        Assert.Contains("保育園に入れない・送迎の負担", html);
        Assert.Contains("意見 46件", html);
        Assert.Contains("兄弟で別々の園", html);
        Assert.Contains("結び付けられた意見：合計 64件", html);   // 46 + 18
    }

    [Fact]
    public async Task Plan_dashboard_filters_by_ward_and_department()
    {
        var (planId, kitaId) = await factory.WithDbAsync(async db => (
            await db.Set<Plan>().Select(p => p.Id).SingleAsync(),
            await db.Set<Participation.Core.Cities.Ward>().Where(w => w.Name == "北区").Select(w => w.Id).SingleAsync()));
        var client = factory.CreateBrowserClient();
        Assert.Contains($"href=\"/plans/{planId}?ward={kitaId}\"", await client.GetStringAsync($"/plans/{planId}"));
        var kita = await client.GetStringAsync($"/plans/{planId}?ward={kitaId}");
        // 北区 has one project, 実施中: its dashboard shows 50 %, one item and its one KPI.
        Assert.Contains("進捗率: <strong>50.0%</strong> · 施策・事業 1件、成果指標 1件", kita);
        Assert.Contains("北区子育てひろば整備事業", kita);
        Assert.DoesNotContain("中央区帰宅困難者対策事業", kita);
        Assert.DoesNotContain("公園遊具更新事業", kita);
        var dept = await client.GetStringAsync($"/plans/{planId}?department={Uri.EscapeDataString("危機管理室")}");
        Assert.Contains("避難所環境整備事業", dept);
        Assert.DoesNotContain("創業支援事業", dept);
    }

    [Fact]
    public async Task Open_data_csv_has_a_bom_and_every_actual()
    {
        var planId = await factory.WithDbAsync(db => db.Set<Plan>().Select(p => p.Id).SingleAsync());
        var bytes = await factory.CreateBrowserClient().GetByteArrayAsync($"/plans/{planId}/kpis.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Csv.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(KpiSheet.Columns, rows[0]);
        var actuals = await factory.WithDbAsync(db => db.Set<KpiActual>().CountAsync());
        Assert.Equal(actuals, rows.Count - 1);
        var xlsx = await factory.CreateBrowserClient().GetAsync($"/plans/{planId}/kpis.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(actuals + 1, XlsxSheet.Read(await xlsx.Content.ReadAsStreamAsync()).Count);
    }

    [Fact]
    public async Task Statistics_count_kpis_by_grade()
    {
        using var scope = factory.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetServices<IStatisticsProvider>().OfType<PlansStatistics>().Single()
            .GetAsync(new StatisticsQuery(), CancellationToken.None);
        var kpis = await factory.WithDbAsync(db => db.Set<Kpi>().CountAsync());
        Assert.Equal(kpis, rows.Where(r => r.Key == "plans.kpis-by-grade").Sum(r => r.Value));
        foreach (var g in new[] { "A", "B", "C", "D" })
            Assert.True(rows.Single(r => r.Key == "plans.kpis-by-grade" && r.DimensionValue == g).Value > 0, $"no KPI graded {g} in the demo");
        var progress = rows.Single(r => r.Key == "plans.progress").Value;
        Assert.InRange(progress, 1, 99);
    }
}
