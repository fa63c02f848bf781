using System.Text.RegularExpressions;

namespace Participation.E2E;

/// <summary>
/// axe-core on the staff screens of public-comment rounds, signed in: an administrator sees every screen (set-up,
/// submissions, proxy entry, groups, redaction review with its mask forms, publishing, deadline change), a ward
/// staff member their own ward's. Screens of the same shape (/staff/rounds/1, /staff/rounds/2) are checked once.
/// </summary>
public sealed partial class StaffRoundPagesAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [GeneratedRegex("href=\"(/staff/rounds[^\"#?]*)")]
    private static partial Regex StaffLinks();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("[a-z]{2}[0-9]+-[0-9a-z-]+")]
    private static partial Regex Receipt();

    public static TheoryData<string, string> Staff => new() { { "admin@demo.example", "ja-JP" }, { "staff.chuo@demo.example", "en" } };

    [Theory]
    [MemberData(nameof(Staff))]
    public async Task Staff_round_screens_have_no_axe_violations(string email, string culture)
    {
        var page = await site.NewPageAsync(culture);
        if (culture == "en")
            await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = ".participation.culture", Value = "c=en|uic=en", Url = site.BaseUrl }]);
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "demo-password-2026");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(site.BaseUrl + "/me");

        var queue = new Queue<string>(["/staff/rounds", "/staff/rounds/new"]);
        var shapes = new HashSet<string>();
        var failures = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < 40)
        {
            var path = queue.Dequeue();
            if (path.EndsWith(".csv") || path.EndsWith(".pdf") || path.Contains("/files/")) continue;
            if (!shapes.Add(Digits().Replace(Receipt().Replace(path, "R"), "N"))) continue;
            var response = await page.GotoAsync(site.BaseUrl + path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html")) continue;
            visited++;
            foreach (var v in await Axe.ViolationsAsync(page)) failures.Add($"{culture} {path}: {v}");
            if (visited <= 8) await BrowserSite.ScreenshotAsync(page, $"staff-{culture}{path.Replace('/', '_')}");
            foreach (var link in StaffLinks().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value)) queue.Enqueue(link);
        }
        // Ward staff see fewer kinds of screen (city-wide rounds are entry-only for them).
        Assert.True(visited >= (email.StartsWith("admin") ? 8 : 4), $"only {visited} staff pages reached");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
