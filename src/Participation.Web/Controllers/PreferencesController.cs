using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Participation.Theme;
using Participation.Web.Hosting;

namespace Participation.Web.Controllers;

/// <summary>
/// Language and text size switches: plain forms, so they work without JavaScript. They carry no antiforgery
/// token — a forged switch only changes how a page looks — so public pages hold nothing per-visitor and can be
/// cached; the return address is checked to be local.
/// </summary>
[Route("/preferences")]
[IgnoreAntiforgeryToken]
public sealed class PreferencesController : Controller
{
    private static readonly CookieOptions Lasting = new() { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true };

    [HttpPost("culture")]
    public IActionResult Culture([FromForm] string culture, [FromForm] string? returnUrl)
    {
        var chosen = WebHosting.SupportedCultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "ja-JP";
        Response.Cookies.Append(WebHosting.CultureCookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)), Lasting);
        return LocalRedirect(SafeReturn(returnUrl));
    }

    [HttpPost("text-size")]
    public IActionResult TextSize([FromForm] string size, [FromForm] string? returnUrl)
    {
        Response.Cookies.Append(DisplayPreferences.TextSizeCookie, size == "large" ? "large" : "normal", Lasting);
        return LocalRedirect(SafeReturn(returnUrl));
    }

    [HttpPost("furigana")]
    public IActionResult Furigana([FromForm] string mode, [FromForm] string? returnUrl)
    {
        Response.Cookies.Append(DisplayPreferences.FuriganaCookie, mode == "on" ? "on" : "off", Lasting);
        return LocalRedirect(SafeReturn(returnUrl));
    }

    private string SafeReturn(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
