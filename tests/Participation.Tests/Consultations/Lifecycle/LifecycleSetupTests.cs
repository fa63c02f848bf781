using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

public sealed class LifecycleSetupTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Ward_staff_create_a_round_for_their_ward_and_announce_it()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/rounds/new")).StatusCode);

        var id = await RoundSetupForms.CreateAsync(client, RoundSetupForms.Fields(chuo, Now.AddDays(-1), 30, title: "中央公園再整備計画（案）"));
        var round = await factory.WithDbAsync(db => db.Set<ConsultationRound>().FirstAsync(r => r.Id == id));
        Assert.Equal(RoundStatus.Preparing, round.Status);
        Assert.Equal(chuo, round.WardId);
        Assert.Equal("Resident,Worker", round.AcceptedCategories);
        Assert.Equal("Web,Post,Api", round.AcceptedChannels);
        Assert.False(round.RequireContact);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rounds/{id}")).StatusCode);

        var announce = await client.PostFormAsync($"/staff/rounds/{id}/edit", $"/staff/rounds/{id}/announce");
        Assert.Equal(HttpStatusCode.Redirect, announce.StatusCode);
        // Opened yesterday: announcing moves it straight on to 募集中, both steps audited.
        Assert.Equal(RoundStatus.Open, await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id).Select(r => r.Status).FirstAsync()));
        var actions = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "round" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["round.created", "round.announced", "round.opened"], actions);
        var page = await client.GetStringAsync($"/rounds/{id}");
        Assert.Contains("中央公園再整備計画（案）", page);
        Assert.Contains("id=\"section-2\"", page);
    }

    [Fact]
    public async Task A_short_period_without_a_reason_is_refused_and_keeps_everything_typed()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var response = await RoundSetupForms.PostAsync(client, "/staff/rounds/new", "/staff/rounds/new",
            RoundSetupForms.Fields(chuo, Now.AddDays(3), 14, title: "短期間の意見募集（案）"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("募集期間が30日未満です。短くする理由を記入してください。", html);
        Assert.Contains("value=\"短期間の意見募集（案）\"", html);
        Assert.Contains("遊具を更新します。", html);
        Assert.Contains("〒100-0001 中央区役所 区民課", html);

        var withReason = await RoundSetupForms.PostAsync(client, "/staff/rounds/new", "/staff/rounds/new",
            RoundSetupForms.Fields(chuo, Now.AddDays(3), 14, title: "短期間の意見募集（案）", reason: "条例改正の施行日に間に合わせるため"));
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        var reason = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Title == "短期間の意見募集（案）").Select(r => r.ShortPeriodReason).SingleAsync());
        Assert.Equal("条例改正の施行日に間に合わせるため", reason);
    }

    [Fact]
    public async Task Closing_before_opening_and_missing_fields_get_messages()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("staff.chuo@demo.example");
        var fields = RoundSetupForms.Fields(chuo, Now.AddDays(3), -1, title: "");
        var response = await RoundSetupForms.PostAsync(client, "/staff/rounds/new", "/staff/rounds/new", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("締切日時は開始日時より後にしてください。", html);
        Assert.Contains("入力してください。", html);
        Assert.Contains("区民課", html);
    }

    [Fact]
    public async Task Staff_of_one_ward_cannot_set_up_or_edit_another_wards_round()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var chuoStaff = factory.CreateBrowserClient();
        await chuoStaff.SignInAsync("staff.chuo@demo.example");
        var id = await RoundSetupForms.CreateAsync(chuoStaff, RoundSetupForms.Fields(chuo, Now.AddDays(5), 30, title: "他区から触れない案"));

        var kita = factory.CreateBrowserClient();
        await kita.SignInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/staff/rounds/{id}/edit")).StatusCode);
        var edit = await RoundSetupForms.PostAsync(kita, "/staff/rounds/new", $"/staff/rounds/{id}/edit", RoundSetupForms.Fields(chuo, Now.AddDays(5), 30, title: "書き換え"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.PostFormAsync("/staff/rounds/new", $"/staff/rounds/{id}/announce")).StatusCode);
        var create = await RoundSetupForms.PostAsync(kita, "/staff/rounds/new", "/staff/rounds/new", RoundSetupForms.Fields(chuo, Now.AddDays(5), 30));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var cityWide = await RoundSetupForms.PostAsync(kita, "/staff/rounds/new", "/staff/rounds/new", RoundSetupForms.Fields(null, Now.AddDays(5), 30));
        Assert.Equal(HttpStatusCode.Forbidden, cityWide.StatusCode);
        Assert.Equal("他区から触れない案", await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id).Select(r => r.Title).FirstAsync()));

        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/staff/rounds/{id}/edit")).StatusCode);
        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var denied = await resident.GetAsync("/staff/rounds/new");
        Assert.True(denied.StatusCode == HttpStatusCode.Forbidden || denied.Headers.Location?.ToString().Contains("access-denied") == true);
    }

    [Fact]
    public async Task Hostile_markdown_and_html_in_a_draft_never_reach_the_page()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        const string hostile = "前文\n\n<script>alert('xss')</script>\n\n## 第1節\n\n<img src=x onerror=\"alert(1)\">本文\n\n[リンク](javascript:alert(2))\n\n<iframe src=\"https://evil.example\"></iframe>\n";
        var id = await RoundSetupForms.CreateAsync(admin, RoundSetupForms.Fields(null, Now.AddDays(-1), 30, title: "安全確認の案", markdown: hostile));
        await admin.PostFormAsync($"/staff/rounds/{id}/edit", $"/staff/rounds/{id}/announce");
        var page = await admin.GetStringAsync($"/rounds/{id}");
        Assert.Contains("本文", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("onerror", page);
        Assert.DoesNotContain("javascript:", page);
        Assert.DoesNotContain("<iframe", page);
    }
}
