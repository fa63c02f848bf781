using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Participation.Core.Text;

namespace Participation.Accounts.Display;

/// <summary>
/// When the reader switched furigana on (a cookie set by /preferences/furigana) and reads in Japanese, every
/// HTML page rendered by a view gets readings on its kanji. Works on the rendered page, so draft text, results
/// and module pages are covered without each view knowing; files, JSON and redirects pass through untouched.
/// </summary>
public sealed class FuriganaResultFilter : IAsyncResultFilter
{
    /// <summary>Same name as the theme's DisplayPreferences.FuriganaCookie (modules do not reference the theme).</summary>
    public const string Cookie = ".participation.furigana";

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.Result is not (ViewResult or PartialViewResult) || http.Request.Cookies[Cookie] != "on"
            || !CultureInfo.CurrentUICulture.Name.StartsWith("ja", StringComparison.Ordinal) || !Furigana.Default.IsAvailable)
        {
            await next();
            return;
        }
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
        }
        buffer.Position = 0;
        var contentType = http.Response.ContentType ?? "";
        if (!contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            await buffer.CopyToAsync(original, http.RequestAborted);
            return;
        }
        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var bytes = Encoding.UTF8.GetBytes(Furigana.Default.Transform(html));
        http.Response.ContentLength = null;
        await original.WriteAsync(bytes, http.RequestAborted);
    }
}
