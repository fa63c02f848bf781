using System.Text.Json;
using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>Runs axe-core (from npm, served from the test output, never a CDN) against WCAG 2.x A/AA rules.</summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "assets", "axe.min.js");

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!File.Exists(Script)) throw new FileNotFoundException("axe.min.js missing: run scripts/install-assets.sh", Script);
        await page.AddScriptTagAsync(new() { Path = Script });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, {runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']})).violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
        return result.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
