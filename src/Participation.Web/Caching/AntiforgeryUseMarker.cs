using Microsoft.AspNetCore.Antiforgery;

namespace Participation.Web.Caching;

/// <summary>
/// Wraps the antiforgery service to note that a page asked for a token: such a page holds a token bound to
/// one visitor, so <see cref="PublicPagePolicy"/> never stores it for others.
/// </summary>
internal sealed class AntiforgeryUseMarker(IAntiforgery inner) : IAntiforgery
{
    private static readonly object Key = new();

    public static bool WasUsed(HttpContext http) => http.Items.ContainsKey(Key);

    private static void Mark(HttpContext http) => http.Items[Key] = true;

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) { Mark(httpContext); return inner.GetAndStoreTokens(httpContext); }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) { Mark(httpContext); return inner.GetTokens(httpContext); }

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) { Mark(httpContext); inner.SetCookieTokenAndHeader(httpContext); }
}
