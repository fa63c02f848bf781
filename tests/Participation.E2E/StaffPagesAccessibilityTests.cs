using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>One demo site for the staff sweep and the full journeys (a site start costs more than the tests).</summary>
[CollectionDefinition(Name)]
public sealed class StaffSiteCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "staff-site";
}

/// <summary>
/// axe-core on the staff pages of wards (moderation), plans, committees (secretariat, selection, review) and
/// councillor summaries, each signed in as the role that uses them, in Japanese and English. Pages are
/// reached by links from each area's start page and checked once per URL shape. (Round staff pages have their own sweep.)
/// </summary>
[Collection(StaffSiteCollection.Name)]
public sealed partial class StaffPagesAccessibilityTests(BrowserSite site)
{
    private const int MaxPagesPerArea = 12;

    [GeneratedRegex("href=\"(/[^\"#?]*)")]
    private static partial Regex Links();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    public static TheoryData<string, string, string, string> Areas => new()
    {
        { "ja-JP", "staff.chuo@demo.example", "/wards/moderation", "/wards/moderation" },
        { "ja-JP", "admin@demo.example", "/staff/plans", "/staff/plans" },
        { "ja-JP", "secretariat@demo.example", "/staff/committees", "/staff/committees|/staff/recruitments|/staff/selection-runs|/review" },
        { "ja-JP", "secretariat@demo.example", "/summaries/digest/template", "/summaries/digest" },
        { "ja-JP", "councillor@demo.example", "/summaries", "/summaries" },
        { "en", "staff.chuo@demo.example", "/wards/moderation", "/wards/moderation" },
        { "en", "admin@demo.example", "/staff/plans", "/staff/plans" },
        { "en", "secretariat@demo.example", "/staff/committees", "/staff/committees|/staff/recruitments|/staff/selection-runs|/review" },
        { "en", "councillor@demo.example", "/summaries", "/summaries" },
    };

    private static bool IsPage(string path, string[] prefixes) =>
        prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal))
        && !Regex.IsMatch(path, @"\.(csv|json|pdf|xlsx|zip|png|svg|css|js)$")
        && !path.EndsWith("/status", StringComparison.Ordinal) && !path.EndsWith("/file", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Areas))]
    public async Task Staff_pages_have_no_axe_violations(string culture, string email, string start, string prefixList)
    {
        var prefixes = prefixList.Split('|');
        var page = await site.NewPageAsync(culture);
        if (culture == "en")
            await page.Context.AddCookiesAsync([new Cookie { Name = ".participation.culture", Value = "c=en|uic=en", Url = site.BaseUrl }]);
        await page.GotoAsync(site.BaseUrl + "/account/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", "demo-password-2026");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));

        var queue = new Queue<string>([start]);
        var shapes = new HashSet<string>();
        var failures = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPagesPerArea)
        {
            var path = queue.Dequeue();
            if (!shapes.Add(Digits().Replace(path, "N"))) continue;
            var response = await page.GotoAsync(site.BaseUrl + path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html")) continue;
            visited++;
            foreach (var v in await Axe.ViolationsAsync(page)) failures.Add($"{culture} {email} {path}: {v}");
            if (culture == "ja-JP" && visited <= 4) await BrowserSite.ScreenshotAsync(page, $"staff{path.Replace('/', '_')}");
            foreach (var link in Links().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value))
                if (IsPage(link, prefixes)) queue.Enqueue(link);
        }
        Assert.True(visited >= 1, $"{start} did not answer with a page");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
