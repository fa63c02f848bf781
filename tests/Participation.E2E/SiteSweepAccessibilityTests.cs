using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>
/// axe-core on every public and resident page reachable by links from / (and from /me, signed in as the demo
/// resident), in Japanese and in English. Pages of the same shape (/rounds/1, /rounds/2) are checked once.
/// </summary>
public sealed partial class SiteSweepAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const int MaxPages = 70;

    [GeneratedRegex("href=\"(/[^\"#?]*)")]
    private static partial Regex Links();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    // Downloads, feeds, APIs and staff areas are not pages a resident reads.
    private static readonly string[] Skip = ["/_content", "/api", "/graphql", "/hangfire", "/health", "/staff", "/admin", "/account/logout", "/opendata/"];

    private static bool IsPage(string path) =>
        !Skip.Any(s => path.StartsWith(s, StringComparison.Ordinal))
        && !Regex.IsMatch(path, @"\.(csv|json|pdf|xlsx|zip|png|svg|css|js|ics|xml)$")
        && !path.Contains("/export");

    public static TheoryData<string, bool> Sweeps => new() { { "ja-JP", false }, { "en", false }, { "ja-JP", true }, { "en", true } };

    [Theory]
    [MemberData(nameof(Sweeps))]
    public async Task Every_reachable_page_has_no_axe_violations(string culture, bool signedIn)
    {
        var page = await site.NewPageAsync(culture);
        if (culture == "en")
            await page.Context.AddCookiesAsync([new Cookie { Name = ".participation.culture", Value = "c=en|uic=en", Url = site.BaseUrl }]);
        var start = new List<string> { "/" };
        if (signedIn)
        {
            await page.GotoAsync(site.BaseUrl + "/account/login");
            await page.FillAsync("#Email", "resident@demo.example");
            await page.FillAsync("#Password", "demo-password-2026");
            await page.ClickAsync("form[action='/account/login'] button[type=submit]");
            await page.WaitForURLAsync(site.BaseUrl + "/me");
            start = ["/me", "/me/data", "/me/notifications", "/me/data/delete"];
        }
        var queue = new Queue<string>(start);
        var seenShapes = new HashSet<string>();
        var failures = new List<string>();
        var visited = 0;
        // Signed in, the public pages are the same apart from the header: a shorter sweep from /me suffices.
        var limit = signedIn ? 25 : MaxPages;
        while (queue.Count > 0 && visited < limit)
        {
            var path = queue.Dequeue();
            if (!seenShapes.Add(Digits().Replace(path, "N"))) continue;
            var response = await page.GotoAsync(site.BaseUrl + path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html")) continue;
            if (!page.Url.StartsWith(site.BaseUrl)) continue;
            visited++;
            foreach (var v in await Axe.ViolationsAsync(page)) failures.Add($"{culture} {path}: {v}");
            if (visited <= 12) await BrowserSite.ScreenshotAsync(page, $"sweep-{culture}{(signedIn ? "-me" : "")}{path.Replace('/', '_')}");
            foreach (var link in Links().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value))
                if (IsPage(link)) queue.Enqueue(link);
        }
        Assert.True(visited >= (signedIn ? 4 : 10), $"only {visited} pages reached");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
