using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Participation.Consultations.Models;
using Participation.Core.Cities;
using Participation.Core.Data;

namespace Participation.E2E;

/// <summary>
/// The issue's journeys end to end in chromium: a resident registers, confirms by mail (pickup folder) and
/// comments; staff enter a paper opinion, group and answer both, publish; the resident sees the answer on /me;
/// a councillor downloads the round's PDF and finds the answer in it. And a secretariat runs a selection and the draw.
/// </summary>
[Collection(StaffSiteCollection.Name)]
public sealed partial class FullJourneysTests(BrowserSite site)
{
    private const string Password = "demo-password-2026";

    [GeneratedRegex(@"(/account/confirm-email\?[^\s""<>]+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex("^/staff/rounds/[0-9]+/groups/([0-9]+)$")]
    private static partial Regex GroupPage();

    [GeneratedRegex("href=\"(/staff/committees/[0-9]+)\"")]
    private static partial Regex CommitteeLink();

    [GeneratedRegex("href=\"(/staff/recruitments/[0-9]+/selection)\"")]
    private static partial Regex SelectionLink();

    private async Task<IPage> SignInAsync(string email, string password = Password)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("form[action^='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return page;
    }

    /// <summary>A 中央区 round of its own, open now, so this journey can close it without touching the demo rounds.</summary>
    private async Task<int> SeedOpenRoundAsync(string title)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var template = await db.Set<ConsultationRound>().AsNoTracking().OrderBy(r => r.Id).FirstAsync();
        var ward = await db.Set<Ward>().AsNoTracking().Where(w => w.Name == "中央区").Select(w => w.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var round = new ConsultationRound
        {
            Title = title, WardId = ward, Department = "中央区役所 地域振興課", DraftId = template.DraftId, PurposeNotice = template.PurposeNotice,
            OpensAt = now.AddDays(-3), ClosesAt = now.AddDays(27), Status = RoundStatus.Open, CreatedAt = now.AddDays(-10), RequireName = true,
        };
        db.Add(round);
        await db.SaveChangesAsync();
        return round.Id;
    }

    /// <summary>The deadline passes (the effective status follows the clock, so the round is closed at once).</summary>
    private async Task CloseAsync(int roundId)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == roundId);
        round.ClosesAt = DateTime.UtcNow.AddMinutes(-1);
        await db.SaveChangesAsync();
    }

    private async Task<string> ConfirmationPathAsync(string email)
    {
        for (var i = 0; i < 50; i++)
        {
            foreach (var file in Directory.Exists(site.MailFolder) ? Directory.GetFiles(site.MailFolder, "*.eml") : [])
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (!message.To.Mailboxes.Any(m => m.Address == email)) continue;
                var match = ConfirmLink().Match(message.TextBody ?? message.HtmlBody ?? "");
                if (match.Success) return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
            }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("No confirmation mail for " + email);
    }

    private static async Task<string> PdfTextAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
    }

    [Fact]
    public async Task Resident_comments_staff_enter_paper_group_answer_publish_and_the_councillor_pdf_holds_the_answer()
    {
        var title = "中央区コミュニティバス路線見直し（案）への意見募集";
        var roundId = await SeedOpenRoundAsync(title);
        var email = $"journey.{Guid.NewGuid():N}"[..20] + "@example.jp";
        const string opinion = "停留所の屋根とベンチを増やしてください。雨の日に高齢の母が長く立って待っています。";
        const string paperOpinion = "紙で提出します。バスの本数を朝の通学時間帯だけでも増やしてほしいです。";
        const string answer = "停留所の屋根とベンチは、利用の多い停留所から順に令和9年度中に整備します。朝の便の増便も運行事業者と協議します。";

        // (a) Register, confirm by mail, sign in, comment; the receipt is on /me.
        var resident = await site.NewPageAsync();
        await resident.GotoAsync(site.BaseUrl + "/account/register");
        await resident.FillAsync("#DisplayName", "旅路 花子");
        await resident.FillAsync("#Email", email);
        await resident.FillAsync("#Password", Password);
        await resident.FillAsync("#ConfirmPassword", Password);
        await resident.CheckAsync("#Consent");
        await resident.ClickAsync("form[action='/account/register'] button[type=submit]");
        await BrowserSite.ScreenshotAsync(resident, "journey-registered");
        await resident.GotoAsync(site.BaseUrl + await ConfirmationPathAsync(email));
        await BrowserSite.ScreenshotAsync(resident, "journey-confirmed");
        await resident.Context.CloseAsync();

        resident = await SignInAsync(email);
        await resident.GotoAsync($"{site.BaseUrl}/rounds/{roundId}/submit");
        await resident.CheckAsync("input[name=Category][value=Resident]");
        await resident.FillAsync("#Name", "旅路 花子");
        await resident.FillAsync("#Opinions_0__Text", opinion);
        await resident.ClickAsync("form[action$='/submit/confirm'] button[type=submit]");
        await resident.ClickAsync("form[action$='/submit'] button.primary");
        var receipt = (await resident.TextContentAsync(".receipt"))!.Trim();
        Assert.Matches("^PC[0-9]+-", receipt);
        await resident.GotoAsync(site.BaseUrl + "/me");
        Assert.Contains(receipt, await resident.ContentAsync());
        await BrowserSite.ScreenshotAsync(resident, "journey-me-receipt");

        // The deadline passes; (c) staff enter a paper opinion received within the grace days.
        await CloseAsync(roundId);
        var staff = await SignInAsync("staff.chuo@demo.example");
        await staff.GotoAsync($"{site.BaseUrl}/staff/rounds/{roundId}/submissions/new");
        await staff.CheckAsync("input[name=Channel][value=Post]");
        await staff.FillAsync("#ReceivedOn", DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd"));
        await staff.CheckAsync("input[name=Category][value=Resident]");
        await staff.FillAsync("#Name", "郵送 一郎");
        await staff.FillAsync("#Opinions_0__Text", paperOpinion);
        await staff.ClickAsync($"form[action='/staff/rounds/{roundId}/submissions/new'] button.primary");
        Assert.Matches("^PC[0-9]+-", (await staff.TextContentAsync(".receipt"))!.Trim());
        await BrowserSite.ScreenshotAsync(staff, "journey-paper-entry");

        // (b) Staff group both opinions, answer with a 反映区分, publish.
        await staff.GotoAsync($"{site.BaseUrl}/staff/rounds/{roundId}/groups");
        var boxes = staff.Locator("input[name=opinionIds]");
        Assert.Equal(2, await boxes.CountAsync());
        for (var i = 0; i < 2; i++) await boxes.Nth(i).CheckAsync();
        await staff.FillAsync("#summary", "停留所の環境と朝の便数の改善を求める意見");
        await staff.ClickAsync($"form[action='/staff/rounds/{roundId}/groups'] button.primary");
        var groupId = GroupPage().Match(new Uri(staff.Url).AbsolutePath).Groups[1].Value;
        Assert.NotEmpty(groupId);
        await staff.FillAsync("#Answer", answer);
        await staff.Locator("input[name=Reflection]").First.CheckAsync();
        await staff.ClickAsync($"form[action='/staff/rounds/{roundId}/groups/{groupId}'] button.primary");
        await staff.GotoAsync($"{site.BaseUrl}/staff/rounds/{roundId}/publish");
        await staff.FillAsync("#summary", "いただいた意見を踏まえ、停留所の整備を計画に加えました。");
        await staff.ClickAsync($"form[action='/staff/rounds/{roundId}/publish'] button.primary");
        await staff.WaitForURLAsync($"{site.BaseUrl}/rounds/{roundId}/results");
        Assert.Contains(answer, await staff.ContentAsync());
        await BrowserSite.ScreenshotAsync(staff, "journey-published");

        // The resident sees the city's answer to their own opinion.
        await resident.GotoAsync(site.BaseUrl + "/me");
        Assert.Contains(answer, await resident.ContentAsync());
        await BrowserSite.ScreenshotAsync(resident, "journey-me-answer");

        // (e) A councillor downloads the round's report; its text holds the answer.
        var councillor = await SignInAsync("councillor@demo.example");
        await councillor.GotoAsync($"{site.BaseUrl}/summaries/rounds/{roundId}");
        var download = await councillor.RunAndWaitForDownloadAsync(() => councillor.ClickAsync($"a[href='/summaries/rounds/{roundId}/report.pdf']"));
        var text = await PdfTextAsync((await download.PathAsync())!);
        Assert.Contains(answer, text);
        Assert.Contains(title, text);
        Assert.DoesNotContain("旅路", text);
        Assert.DoesNotContain(receipt, text);
        await BrowserSite.ScreenshotAsync(councillor, "journey-councillor-report");
    }

    [Fact]
    public async Task Secretariat_runs_a_selection_and_the_draw()
    {
        var page = await SignInAsync("secretariat@demo.example");
        await page.GotoAsync(site.BaseUrl + "/staff/committees");
        var selections = new List<string>();
        foreach (var committee in CommitteeLink().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value).Distinct().ToList())
        {
            await page.GotoAsync(site.BaseUrl + committee);
            selections.AddRange(SelectionLink().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value));
        }
        Assert.NotEmpty(selections);
        // A recruitment whose pool is too small for the panel gets the form back with an explanation: try the next one.
        var started = false;
        foreach (var selection in selections.Distinct())
        {
            await page.GotoAsync(site.BaseUrl + selection);
            await page.CheckAsync("input[name='Input.Method'][value=SimpleLottery]");
            await page.FillAsync("#Input_PanelSize", "2");
            await page.RunAndWaitForNavigationAsync(() => page.ClickAsync($"form[action='{selection}'] button[type=submit]"), new() { Timeout = 120_000 });
            if (Regex.IsMatch(page.Url, "/staff/selection-runs/[0-9]+$")) { started = true; break; }
        }
        Assert.True(started, "no recruitment could start a selection run");
        await BrowserSite.ScreenshotAsync(page, "journey-selection-queued");

        // The run is a background job: the page shows the draw form once the distribution is committed.
        for (var i = 0; i < 120 && await page.Locator("#seed").CountAsync() == 0; i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.Equal(1, await page.Locator("#seed").CountAsync());
        await page.FillAsync("#seed", "令和8年11月23日 日経平均株価終値 38412.55");
        await page.FillAsync("#source", "日本経済新聞 朝刊");
        await page.ClickAsync("form[action$='/draw'] button[type=submit]");
        Assert.Contains("38412.55", await page.TextContentAsync("main") ?? "");
        Assert.Equal(1, await page.Locator("form[action$='/notify']").CountAsync());
        var outcomes = await page.Locator("table tbody tr td:nth-child(4)").AllTextContentsAsync();
        Assert.Equal(2, outcomes.Count(o => o.Trim() == "選出"));
        await BrowserSite.ScreenshotAsync(page, "journey-selection-drawn");
    }
}
