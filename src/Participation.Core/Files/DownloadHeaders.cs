using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Participation.Core.Files;

/// <summary>Headers for serving a stored file: the browser must not guess the type, and the name travels as RFC 6266/5987 (<c>filename*</c>) so Japanese names survive.</summary>
public static class DownloadHeaders
{
    public static void Apply(HttpResponse response, string fileName, bool inline)
    {
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
    }

    /// <summary>Images open in the browser; anything else (a PDF) is offered as a download under its own name.</summary>
    public static void ApplyImagesInline(HttpResponse response, string fileName, string contentType) =>
        Apply(response, fileName, inline: contentType.StartsWith("image/", StringComparison.Ordinal));
}
