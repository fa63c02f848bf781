using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>Resident tasks with JavaScript off and by keyboard alone, in Debian's chromium.</summary>
public sealed partial class ResidentJourneysTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [GeneratedRegex("href=\"(/rounds/[0-9]+/submit)\"")]
    private static partial Regex SubmitLink();

    [GeneratedRegex("href=\"(/committees/[0-9]+/apply)\"")]
    private static partial Regex ApplyLink();

    [GeneratedRegex("href=\"(/(?:rounds|committees)/[0-9]+)\"")]
    private static partial Regex DetailLink();

    /// <summary>The first page linked from <paramref name="list"/> that offers <paramref name="action"/>.</summary>
    private async Task<string> FindAsync(IPage page, string list, Regex action)
    {
        await page.GotoAsync(site.BaseUrl + list);
        var html = await page.ContentAsync();
        var direct = action.Match(html);
        if (direct.Success) return direct.Groups[1].Value;
        foreach (var detail in DetailLink().Matches(html).Select(m => m.Groups[1].Value).Distinct())
        {
            await page.GotoAsync(site.BaseUrl + detail);
            var m = action.Match(await page.ContentAsync());
            if (m.Success) return m.Groups[1].Value;
        }
        throw new InvalidOperationException($"Nothing under {list} offers {action}");
    }

    [Fact]
    public async Task Submit_an_opinion_with_javascript_disabled()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var form = await FindAsync(page, "/rounds", SubmitLink());
        await page.GotoAsync(site.BaseUrl + form);
        await page.FillAsync("#Name", "無効 太郎");
        await page.FillAsync("#Email", "nojs@example.jp");
        await page.FillAsync("#Opinions_0__Text", "スクリプトなしでも意見を出せることを確認します。");
        await page.ClickAsync("form[action$='/submit/confirm'] button[type=submit]");
        Assert.Contains("スクリプトなしでも意見を出せることを確認します。", await page.ContentAsync());
        await BrowserSite.ScreenshotAsync(page, "nojs-submit-confirm");
        await page.ClickAsync("form[action$='/submit'] button.primary");
        var receipt = await page.TextContentAsync(".receipt");
        Assert.Matches("^PC[0-9]+-", receipt ?? "");
        await BrowserSite.ScreenshotAsync(page, "nojs-submit-receipt");
    }

    [Fact]
    public async Task Apply_to_a_committee_with_javascript_disabled()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var form = await FindAsync(page, "/committees", ApplyLink());
        await page.GotoAsync(site.BaseUrl + form);
        var min = int.Parse(await page.GetAttributeAsync("#Input_Essay", "data-count-min") ?? "0");
        await page.FillAsync("#Input_Name", "無効 花子");
        await page.FillAsync("#Input_Email", "nojs.apply@example.jp");
        await page.FillAsync("#Input_Age", "34");
        await page.SelectOptionAsync("#Input_Gender", new SelectOptionValue { Index = 1 });
        await page.SelectOptionAsync("#Input_Ward", new SelectOptionValue { Index = 1 });
        var essay = string.Concat(Enumerable.Repeat("地域の子育て環境を良くするために、委員として意見を伝えたいと考えています。", min / 30 + 2));
        await page.FillAsync("#Input_Essay", essay);
        await page.ClickAsync("form[action$='/apply'] button[type=submit]");
        Assert.Matches("C[0-9]{3}-[0-9A-F]{8}", await page.TextContentAsync("main") ?? "");
        await BrowserSite.ScreenshotAsync(page, "nojs-committee-receipt");
    }

    [Fact]
    public async Task Submit_an_opinion_by_keyboard_alone_with_visible_focus()
    {
        var page = await site.NewPageAsync();
        var form = await FindAsync(page, "/rounds", SubmitLink());
        var round = form[..^"/submit".Length];
        await page.GotoAsync(site.BaseUrl + round);

        // From the round page to the form: Tab to the link, Enter.
        await Keyboard.TabToAsync(page, $"a[href='{form}']");
        Assert.True(await Keyboard.FocusIsVisibleAsync(page), "focused link shows no focus indicator");
        await Keyboard.PressToNavigateAsync(page, "Enter", site.BaseUrl + form);

        await Keyboard.TabToAsync(page, "input[name=Category]");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await Keyboard.FocusIsVisibleAsync(page), "focused radio shows no focus indicator");
        await Keyboard.TabToAsync(page, "#Name");
        await page.Keyboard.TypeAsync("鍵盤 次郎");
        await Keyboard.TabToAsync(page, "#Opinions_0__Text");
        Assert.True(await Keyboard.FocusIsVisibleAsync(page), "focused textarea shows no focus indicator");
        await page.Keyboard.TypeAsync("キーボードだけで意見を出しました。");
        await Keyboard.TabToAsync(page, "form[action$='/submit/confirm'] button[type=submit]");
        Assert.True(await Keyboard.FocusIsVisibleAsync(page), "focused button shows no focus indicator");
        await Keyboard.PressToNavigateAsync(page, "Enter", site.BaseUrl + form + "/confirm");

        await Keyboard.TabToAsync(page, "form[action$='/submit'] button.primary");
        await Keyboard.PressToNavigateAsync(page, "Space", new Regex("/submit/done"));
        Assert.Matches("^PC[0-9]+-", await page.TextContentAsync(".receipt") ?? "");
        Assert.Empty(await Axe.ViolationsAsync(page));
        await BrowserSite.ScreenshotAsync(page, "keyboard-submit-receipt");
    }

    [Fact]
    public async Task Large_text_mode_on_a_round_page_stays_accessible()
    {
        var page = await site.NewPageAsync(javaScript: false);
        var form = await FindAsync(page, "/rounds", SubmitLink());
        var round = form[..^"/submit".Length];
        await page.GotoAsync(site.BaseUrl + round);
        await page.ClickAsync("form[action='/preferences/text-size'] button");
        await page.WaitForURLAsync(site.BaseUrl + round);
        Assert.Equal("text-large", await page.GetAttributeAsync("html", "class"));
        await BrowserSite.ScreenshotAsync(page, "large-text-round");
        var js = await site.NewPageAsync();
        await js.Context.AddCookiesAsync([new Cookie { Name = ".participation.textsize", Value = "large", Url = site.BaseUrl }]);
        await js.GotoAsync(site.BaseUrl + round);
        var violations = await Axe.ViolationsAsync(js);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
