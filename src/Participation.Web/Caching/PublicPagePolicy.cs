using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Participation.Theme;
using Participation.Web.Hosting;

namespace Participation.Web.Caching;

/// <summary>
/// Caches what an anonymous visitor sees of a public page. A page is stored only when nothing about it is
/// personal: the visitor is not signed in, the page rendered no form (an antiforgery token is per visitor),
/// and the response sets no cookie. Copies vary by the visitor's language, text size and furigana choice,
/// and are tagged with the module that rendered them so a change to that module's data evicts them.
/// </summary>
internal sealed class PublicPagePolicy(PageCacheOptions options) : IOutputCachePolicy
{
    public const string AllTag = "pages";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var path = http.Request.Path.Value ?? "/";
        var cacheable = options.Seconds > 0
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization)
            && !options.ExcludedPrefixes.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        if (!cacheable) return ValueTask.CompletedTask;

        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = http.Request.Cookies[WebHosting.CultureCookie] ?? "";
        context.CacheVaryByRules.VaryByValues["text"] = http.Request.Cookies[DisplayPreferences.TextSizeCookie] ?? "";
        context.CacheVaryByRules.VaryByValues["furigana"] = http.Request.Cookies[DisplayPreferences.FuriganaCookie] ?? "";
        context.Tags.Add(AllTag);
        context.Tags.Add(PageCacheEviction.ModuleTag(ModuleOf(http)));
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(http.Response.Headers.SetCookie)
            || AntiforgeryUseMarker.WasUsed(http))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    /// <summary>The module whose controller rendered the page ("Participation.Wards" → "Wards"); "Web" for the host's own pages.</summary>
    private static string ModuleOf(HttpContext http)
    {
        var action = http.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>();
        var assembly = action?.ControllerTypeInfo.Assembly.GetName().Name ?? "Participation.Web";
        return assembly.StartsWith("Participation.", StringComparison.Ordinal) ? assembly["Participation.".Length..] : assembly;
    }
}
