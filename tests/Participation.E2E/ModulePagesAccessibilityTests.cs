using System.Text.RegularExpressions;

namespace Participation.E2E;

/// <summary>axe-core on every kind of public page the modules add, found by following links from their lists.</summary>
public sealed partial class ModulePagesAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [GeneratedRegex("href=\"(/[a-z]+/(?:measures/)?[0-9]+(?:/[a-z]+(?:/[0-9]+)?)?)\"")]
    private static partial Regex DetailLink();

    public static TheoryData<string> Lists => new() { "/rounds", "/wards", "/plans", "/committees" };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_and_its_linked_pages_have_no_axe_violations(string list)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + list);
        var failures = new List<string>();
        async Task Check(string path)
        {
            await page.GotoAsync(site.BaseUrl + path);
            foreach (var v in await Axe.ViolationsAsync(page)) failures.Add($"{path}: {v}");
        }
        var html = await page.ContentAsync();
        await Check(list);
        await BrowserSite.ScreenshotAsync(page, list.Trim('/'));
        var details = DetailLink().Matches(html).Select(m => m.Groups[1].Value).Where(p => p.StartsWith(list + "/")).Distinct().Take(3).ToList();
        Assert.NotEmpty(details);
        foreach (var detail in details)
        {
            await Check(detail);
            var inner = await page.ContentAsync();
            foreach (var deeper in DetailLink().Matches(inner).Select(m => m.Groups[1].Value).Where(p => p.StartsWith(detail + "/") || p.StartsWith(list + "/measures/")).Distinct().Take(2))
                await Check(deeper);
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
