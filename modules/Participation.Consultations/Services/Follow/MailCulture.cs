using System.Globalization;

namespace Participation.Consultations.Services.Follow;

/// <summary>Builds a mail in the recipient's chosen language (Japanese when unknown), not the sender's.</summary>
public static class MailCulture
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
