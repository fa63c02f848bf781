using System.Globalization;

namespace Participation.Core.Localization;

/// <summary>
/// Builds text (a mail, a notice) in the recipient's chosen language — Japanese unless they chose English — not in
/// the language of whoever caused it, then restores the current culture.
/// </summary>
public static class RecipientCulture
{
    public static T Use<T>(string? preferred, Func<T> build)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture =
                CultureInfo.GetCultureInfo(preferred?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "ja-JP");
            return build();
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous; }
    }
}
