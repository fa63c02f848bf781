using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Plans.Models;
using Participation.Tests.Infrastructure;
using Xunit;

namespace Participation.Tests.Plans;

/// <summary>Staff editing of the plan tree, KPI definitions and actuals through HTTP: validation, conflicts, deletes, the ward rule.</summary>
public sealed class PlanEditingTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email);
        return client;
    }

    private static int IdFrom(HttpResponseMessage response, string after)
    {
        var location = response.Headers.Location!.OriginalString;
        var rest = location[(location.IndexOf(after, StringComparison.Ordinal) + after.Length)..];
        return int.Parse(new string(rest.TakeWhile(char.IsAsciiDigit).ToArray()));
    }

    private Task<PlanMeasure> MeasureAsync(string title) =>
        factory.WithDbAsync(db => db.Set<PlanMeasure>().AsNoTracking().SingleAsync(m => m.Title == title));

    private Task<List<string>> AuditAsync(string entityType, int id) => factory.WithDbAsync(db => db.Set<AuditEntry>()
        .Where(a => a.EntityType == entityType && a.EntityId == id.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    [Fact]
    public async Task Planning_staff_build_a_plan_from_scratch_and_residents_see_it_once_published()
    {
        var staff = await AsAsync("secretariat@demo.example");

        var bad = await staff.PostFormAsync("/staff/plans/new", "/staff/plans/new", ("Input.Title", ""), ("Input.Vision", "だれもが住み続けたいまち"),
            ("Input.StartFiscalYear", "来年"), ("Input.EndFiscalYear", "2020"), ("Input.SortOrder", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("計画の名称を入力してください。", html);
        Assert.Contains("年度として読み取れません", html);
        Assert.Contains("だれもが住み続けたいまち</textarea>", html);
        Assert.Contains("value=\"来年\"", html);

        var created = await staff.PostFormAsync("/staff/plans/new", "/staff/plans/new", ("Input.Title", "第2次 区政運営計画"),
            ("Input.Vision", "だれもが住み続けたいまち"), ("Input.StartFiscalYear", "令和8年度"), ("Input.EndFiscalYear", "R12"), ("Input.SortOrder", "5"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = IdFrom(created, "/staff/plans/");
        var plan = await factory.WithDbAsync(db => db.Set<Plan>().AsNoTracking().SingleAsync(p => p.Id == planId));
        Assert.Equal((2026, 2030, false), (plan.StartFiscalYear, plan.EndFiscalYear, plan.IsPublished));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/plans/{planId}")).StatusCode);

        var area = await staff.PostFormAsync($"/staff/plans/{planId}/measures/new", $"/staff/plans/{planId}/measures/new",
            ("Input.Code", "1"), ("Input.Title", "地域の支え合い"), ("Input.Weight", "1"), ("Input.Status", "in-progress"), ("Input.SortOrder", "0"));
        var areaId = IdFrom(area, "#node-");
        var measure = await staff.PostFormAsync($"/staff/plans/{planId}/measures/new?parentId={areaId}", $"/staff/plans/{planId}/measures/new",
            ("Input.ParentId", areaId.ToString()), ("Input.Code", "1-1"), ("Input.Title", "見守り活動の拡充"), ("Input.Department", "福祉局"),
            ("Input.Weight", "２"), ("Input.Status", "in-progress"), ("Input.SortOrder", "0"));
        var measureId = IdFrom(measure, "#node-");
        var node = await factory.WithDbAsync(db => db.Set<PlanMeasure>().AsNoTracking().SingleAsync(m => m.Id == measureId));
        Assert.Equal((PlanLevel.Measure, 2.0, (int?)areaId), (node.Level, node.Weight, node.ParentId));

        var duplicate = await staff.PostFormAsync($"/staff/plans/{planId}/measures/new?parentId={areaId}", $"/staff/plans/{planId}/measures/new",
            ("Input.ParentId", areaId.ToString()), ("Input.Code", "1-1"), ("Input.Title", "別の施策"), ("Input.Weight", "x"), ("Input.Status", "done"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        html = WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync());
        Assert.Contains("コード「1-1」はこの計画で既に使われています。", html);
        Assert.Contains("重みは0から1000までの数で入力してください。", html);
        Assert.Contains("value=\"別の施策\"", html);

        var kpi = await staff.PostFormAsync($"/staff/plans/measures/{measureId}/kpis/new", $"/staff/plans/measures/{measureId}/kpis/new",
            ("Input.Name", "見守りボランティアの登録者数"), ("Input.Unit", "人"), ("Input.Direction", "higher"), ("Input.BaselineValue", "1,200人"),
            ("Input.BaselineFiscalYear", "2025"), ("Input.TargetValue", "2000"), ("Input.TargetFiscalYear", "令和12年度"), ("Input.SortOrder", "0"));
        Assert.Equal(HttpStatusCode.Redirect, kpi.StatusCode);
        var kpiId = IdFrom(kpi, "/staff/plans/kpis/");
        var stored = await factory.WithDbAsync(db => db.Set<Kpi>().AsNoTracking().SingleAsync(k => k.Id == kpiId));
        Assert.Equal((1200.0, 2025, 2000.0, 2030), (stored.BaselineValue, stored.BaselineFiscalYear, stored.TargetValue, stored.TargetFiscalYear));

        var actualsPage = WebUtility.HtmlDecode(await staff.GetPageAsync($"/staff/plans/kpis/{kpiId}/actuals"));
        Assert.Contains("2025年度（令和7年度）", actualsPage);
        Assert.Contains("2030年度（令和12年度）", actualsPage);
        var saved = await staff.PostFormAsync($"/staff/plans/kpis/{kpiId}/actuals", $"/staff/plans/kpis/{kpiId}/actuals", ("Input.Version", "0"),
            ("Input.Rows[0].Year", "2026"), ("Input.Rows[0].Value", "1,350"), ("Input.Rows[1].Year", "2027"), ("Input.Rows[1].Value", "１５００人"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var edit = await staff.PostFormAsync($"/staff/plans/{planId}/edit", $"/staff/plans/{planId}/edit", ("Input.Title", "第2次 区政運営計画"),
            ("Input.StartFiscalYear", "2026"), ("Input.EndFiscalYear", "2030"), ("Input.IsPublished", "true"), ("Input.SortOrder", "5"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var publicPage = await factory.CreateBrowserClient().GetStringAsync($"/plans/measures/{measureId}");
        Assert.Contains("見守りボランティアの登録者数", publicPage);
        Assert.Matches("1,?500人", publicPage);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<KpiActual>().CountAsync(a => a.KpiId == kpiId)));

        Assert.Equal(["plan.created", "plan.edited"], await AuditAsync("plan", planId));
        Assert.Equal(["plan.measure-created"], await AuditAsync("plan-measure", measureId));
        Assert.Equal(["plan.kpi-created", "plan.kpi-actuals-saved"], await AuditAsync("plan-kpi", kpiId));
    }

    [Fact]
    public async Task Bad_actuals_get_a_message_per_year_keep_the_input_and_save_nothing()
    {
        var kpi = await factory.WithDbAsync(db => db.Set<Kpi>().AsNoTracking().Include(k => k.Actuals).SingleAsync(k => k.Name == "保育所待機児童数"));
        var staff = await AsAsync("admin@demo.example");
        var url = $"/staff/plans/kpis/{kpi.Id}/actuals";
        await staff.GetPageAsync(url);
        var response = await staff.PostFormAsync(url, url, ("Input.Version", kpi.Version.ToString()),
            ("Input.Rows[0].Year", "2026"), ("Input.Rows[0].Value", "12件"),
            ("Input.Rows[1].Year", "2027"), ("Input.Rows[1].Value", "-3"),
            ("Input.Rows[2].Year", "2028"), ("Input.Rows[2].Value", "2.5"),
            ("Input.Rows[3].Year", "2029"), ("Input.Rows[3].Value", "たくさん"),
            ("Input.Rows[4].Year", "1900"), ("Input.Rows[4].Value", "1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("2026年度（令和8年度）：単位が違います。この指標の単位は「人」です。", html);
        Assert.Contains("2027年度（令和9年度）：単位「人」の値は0以上にしてください。", html);
        Assert.Contains("2028年度（令和10年度）：単位「人」の値は整数で入力してください。", html);
        Assert.Contains("数値として読み取れません", html);
        Assert.Contains("1900年度はこの指標に入力できる範囲", html);
        Assert.Contains("value=\"12件\"", html);
        Assert.Contains("value=\"たくさん\"", html);
        var after = await factory.WithDbAsync(db => db.Set<KpiActual>().AsNoTracking().Where(a => a.KpiId == kpi.Id).OrderBy(a => a.FiscalYear).ToListAsync());
        Assert.Equal(kpi.Actuals.OrderBy(a => a.FiscalYear).Select(a => (a.FiscalYear, a.Value)), after.Select(a => (a.FiscalYear, a.Value)));
        Assert.Equal(kpi.Version, await factory.WithDbAsync(db => db.Set<Kpi>().Where(k => k.Id == kpi.Id).Select(k => k.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_the_input_kept_and_the_other_save_stands()
    {
        var kpi = await factory.WithDbAsync(db => db.Set<Kpi>().AsNoTracking().SingleAsync(k => k.Name == "特定健診受診率"));
        var first = await AsAsync("admin@demo.example");
        var second = await AsAsync("secretariat@demo.example");
        var url = $"/staff/plans/kpis/{kpi.Id}/actuals";
        await first.GetPageAsync(url);
        await second.GetPageAsync(url);
        var version = kpi.Version.ToString();
        var ok = await first.PostFormAsync(url, url, ("Input.Version", version), ("Input.Rows[0].Year", "2030"), ("Input.Rows[0].Value", "51.5"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stale = await second.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.Token(await second.GetStringAsync(url)),
            ["Input.Version"] = version, ["Input.Rows[0].Year"] = "2030", ["Input.Rows[0].Value"] = "49.0",
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("ほかの職員（または表計算の取り込み）がこの指標の実績を更新しました", html);
        Assert.Contains("value=\"49.0\"", html);
        Assert.Equal(51.5, await factory.WithDbAsync(db => db.Set<KpiActual>().Where(a => a.KpiId == kpi.Id && a.FiscalYear == 2030).Select(a => a.Value).SingleAsync()));

        // The same for a measure's definition.
        var measure = await MeasureAsync("学校教育の充実");
        var editUrl = $"/staff/plans/measures/{measure.Id}/edit";
        (string, string)[] Fields(string title) => [("Input.Code", measure.Code), ("Input.Title", title), ("Input.Weight", "1"),
            ("Input.Department", measure.Department), ("Input.SortOrder", "0"), ("Input.Version", measure.Version.ToString())];
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(editUrl, editUrl, Fields("学校教育の充実（改）"))).StatusCode);
        var conflict = await second.PostFormAsync(editUrl, editUrl, Fields("学校教育のさらなる充実"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("ほかの職員がこの内容を更新しました", html);
        Assert.Contains("value=\"学校教育のさらなる充実\"", html);
        Assert.Equal("学校教育の充実（改）", (await factory.WithDbAsync(db => db.Set<PlanMeasure>().SingleAsync(m => m.Id == measure.Id))).Title);
    }

    [Fact]
    public async Task Deletes_are_refused_while_data_depends_on_the_record()
    {
        var staff = await AsAsync("admin@demo.example");
        var measure = await MeasureAsync("防災力の向上");
        var refused = await staff.PostFormAsync($"/staff/plans/measures/{measure.Id}/edit", $"/staff/plans/measures/{measure.Id}/delete", ("version", measure.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("削除できません", await refused.Content.ReadAsStringAsync());

        var kpi = await factory.WithDbAsync(db => db.Set<Kpi>().AsNoTracking().SingleAsync(k => k.Name == "自主防災組織の訓練実施率"));
        refused = await staff.PostFormAsync($"/staff/plans/kpis/{kpi.Id}/edit", $"/staff/plans/kpis/{kpi.Id}/delete", ("version", kpi.Version.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("この指標には実績が", await refused.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.Set<Kpi>().AnyAsync(k => k.Id == kpi.Id)));

        var planId = measure.PlanId;
        var empty = await staff.PostFormAsync($"/staff/plans/{planId}/measures/new?parentId={measure.Id}", $"/staff/plans/{planId}/measures/new",
            ("Input.ParentId", measure.Id.ToString()), ("Input.Code", "9-9-9"), ("Input.Title", "試行事業"), ("Input.Weight", "1"), ("Input.Status", "not-started"));
        var emptyId = IdFrom(empty, "#node-");
        var emptyVersion = (await factory.WithDbAsync(db => db.Set<PlanMeasure>().SingleAsync(m => m.Id == emptyId))).Version;
        var deleted = await staff.PostFormAsync($"/staff/plans/measures/{emptyId}/edit", $"/staff/plans/measures/{emptyId}/delete", ("version", emptyVersion.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<PlanMeasure>().AnyAsync(m => m.Id == emptyId)));
        Assert.Equal(["plan.measure-created", "plan.measure-deleted"], await AuditAsync("plan-measure", emptyId));
        // The public dashboard still renders.
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateBrowserClient().GetAsync($"/plans/{planId}")).StatusCode);
    }

    [Fact]
    public async Task Ward_staff_edit_only_their_own_wards_nodes_and_never_the_plan_frame()
    {
        var chuo = await AsAsync("staff.chuo@demo.example");
        var kitaProject = await MeasureAsync("北区子育てひろば整備事業");
        var response = await chuo.GetAsync($"/staff/plans/measures/{kitaProject.Id}/edit");
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
        var kitaKpi = await factory.WithDbAsync(db => db.Set<Kpi>().Where(k => k.MeasureId == kitaProject.Id).Select(k => k.Id).FirstAsync());
        response = await chuo.GetAsync($"/staff/plans/kpis/{kitaKpi}/actuals");
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
        response = await chuo.GetAsync("/staff/plans/new");
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
        response = await chuo.GetAsync($"/staff/plans/{kitaProject.PlanId}/measures/new");   // a policy area
        Assert.Contains("access-denied", response.Headers.Location!.ToString());

        // Under a city-wide measure: a project for 中央区 is fine, one filed under 北区 is refused.
        var parent = await MeasureAsync("防災力の向上");
        var kitaId = await factory.WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == "北区").Select(w => w.Id).SingleAsync());
        var chuoId = await factory.WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == "中央区").Select(w => w.Id).SingleAsync());
        var url = $"/staff/plans/{parent.PlanId}/measures/new?parentId={parent.Id}";
        var refused = await chuo.PostFormAsync(url, $"/staff/plans/{parent.PlanId}/measures/new", ("Input.ParentId", parent.Id.ToString()),
            ("Input.Code", "5-1-9"), ("Input.Title", "北区の防災倉庫"), ("Input.WardId", kitaId.ToString()), ("Input.Weight", "1"), ("Input.Status", "not-started"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("担当していない区の施策・事業は登録できません。", await refused.Content.ReadAsStringAsync());
        var ok = await chuo.PostFormAsync(url, $"/staff/plans/{parent.PlanId}/measures/new", ("Input.ParentId", parent.Id.ToString()),
            ("Input.Code", "5-1-8"), ("Input.Title", "中央区の防災倉庫"), ("Input.WardId", chuoId.ToString()), ("Input.Weight", "1"), ("Input.Status", "not-started"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var resident = await AsAsync("resident@demo.example");
        response = await resident.GetAsync($"/staff/plans/{parent.PlanId}/tree");
        Assert.Contains("access-denied", response.Headers.Location!.ToString());
    }
}
