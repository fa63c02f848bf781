using System.Globalization;

namespace Participation.Wards.Services;

/// <summary>Runs a piece of text-building in a recipient's preferred culture (ja or en), then restores the request's.</summary>
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
