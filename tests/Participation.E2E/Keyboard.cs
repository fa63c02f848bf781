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

    /// <summary>
    /// Presses a key on the focused link or button and waits until the browser is on the next page's document.
    /// Waits for DOMContentLoaded, not the load event: the next keystrokes need the DOM, not every image and font,
    /// and on a loaded CI machine a late subresource held the load event past the timeout.
    /// </summary>
    public static Task PressToNavigateAsync(IPage page, string key, string url) => PressUntilAsync(page, key, u => u == url);

    public static Task PressToNavigateAsync(IPage page, string key, System.Text.RegularExpressions.Regex url) => PressUntilAsync(page, key, url.IsMatch);

    // On a CI machine loaded by the unit tests beside it, a keystroke was once lost outright: the page never left the
    // old document in 90 s. If after 30 s the browser is still on the page the key was pressed on, it is pressed
    // once more; a link or button that Enter really cannot follow still fails. If it has left but the next document
    // is slow to arrive (a busy server), it simply waits on for it.
    private static async Task PressUntilAsync(IPage page, string key, Func<string, bool> arrived)
    {
        var before = page.Url;
        await page.Keyboard.PressAsync(key);
        try
        {
            await page.WaitForURLAsync(arrived, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 30_000 });
            return;
        }
        catch (TimeoutException) when (page.Url == before)
        {
            await page.Keyboard.PressAsync(key);
        }
        catch (TimeoutException)
        {
        }
        await page.WaitForURLAsync(arrived, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    /// <summary>Whether the focused element shows a focus indicator (outline or box-shadow ring).</summary>
    public static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>(
        "() => { const s = getComputedStyle(document.activeElement); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none'); }");
}
