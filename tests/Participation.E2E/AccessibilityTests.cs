namespace Participation.E2E;

public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/", "ja-JP" }, { "/", "en" },
        { "/account/login", "ja-JP" }, { "/account/login", "en" },
        { "/account/register", "ja-JP" }, { "/account/forgot-password", "ja-JP" },
        { "/about/privacy", "ja-JP" }, { "/about/accessibility", "en" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_axe_violations(string path, string culture)
    {
        var page = await site.NewPageAsync(culture);
        await page.GotoAsync($"{site.BaseUrl}{path}{(culture == "en" ? "?culture=en" : "")}");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await BrowserSite.ScreenshotAsync(page, $"{culture}{path.Replace('/', '_')}");
    }

    [Fact]
    public async Task Large_text_mode_works_without_javascript_and_stays_accessible()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync($"{site.BaseUrl}/account/login");
        await page.ClickAsync("text=文字を大きく");
        await page.WaitForURLAsync($"{site.BaseUrl}/account/login");
        Assert.Equal("text-large", await page.GetAttributeAsync("html", "class"));
        var fontSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize");
        Assert.Equal("21px", fontSize);
        await BrowserSite.ScreenshotAsync(page, "large-text-login");
    }

    [Fact]
    public async Task Sign_in_by_keyboard_alone()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync($"{site.BaseUrl}/account/login");
        await page.FocusAsync("#Email");
        await page.Keyboard.TypeAsync("resident@demo.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("demo-password-2026");
        await Keyboard.PressToNavigateAsync(page, "Enter", $"{site.BaseUrl}/me");
        Assert.Contains("わたしの参加", await page.TextContentAsync("h1") ?? "");
        Assert.Empty(await Axe.ViolationsAsync(page));
    }
}
