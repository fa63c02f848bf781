using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Participation.Core.Mail;

/// <summary>
/// Absolute links for mails. The configured <see cref="ParticipationOptions.PublicBaseUrl"/> wins (jobs have no
/// request, and behind a proxy the request's host may be an internal one); otherwise the current request's
/// address; otherwise the address the caller captured when it queued the work.
/// </summary>
public sealed class PublicLinks(IOptions<ParticipationOptions> options, IHttpContextAccessor http)
{
    public string Origin(string? captured = null)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)) return options.Value.PublicBaseUrl.Trim().TrimEnd('/');
        if (http.HttpContext?.Request is { } request) return $"{request.Scheme}://{request.Host}{request.PathBase}";
        return string.IsNullOrWhiteSpace(captured) ? "http://localhost" : captured.TrimEnd('/');
    }

    /// <summary><paramref name="path"/> is root-relative (<c>/rounds/3/results</c>).</summary>
    public string Absolute(string path, string? captured = null) => Origin(captured) + path;
}
