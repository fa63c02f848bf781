using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>Moves focus with the Tab key only, as a keyboard user would, until it reaches an element.</summary>
public static class Keyboard
{
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 120)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector)) return;
        }
        throw new InvalidOperationException($"Tab never reached {selector}");
    }

    /// <summary>Whether the focused element shows a focus indicator (outline or box-shadow ring).</summary>
    public static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => { const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none'); }");
}
