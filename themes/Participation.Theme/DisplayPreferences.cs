using Microsoft.AspNetCore.Http;

namespace Participation.Theme;

/// <summary>
/// Reading preferences kept in cookies so they work without JavaScript and without an account:
/// large text and furigana.
/// </summary>
public static class DisplayPreferences
{
    public const string TextSizeCookie = ".participation.textsize";
    public const string FuriganaCookie = ".participation.furigana";

    public static bool LargeText(HttpContext context) => context.Request.Cookies[TextSizeCookie] == "large";

    public static bool Furigana(HttpContext context) => context.Request.Cookies[FuriganaCookie] == "on";

    public static bool IsEnglish => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);
}
