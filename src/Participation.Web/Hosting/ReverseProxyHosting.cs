using Microsoft.AspNetCore.HttpOverrides;
using Participation.Core;

namespace Participation.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (nginx in front of several nodes) the client's address and scheme come from
/// X-Forwarded-For/-Proto — trusted only from the networks listed in <c>Participation:ReverseProxy:KnownNetworks</c>,
/// so rate limits and exempt networks see the real client. Off when the list is empty.
/// </summary>
internal static class ReverseProxyHosting
{
    public static void AddParticipationReverseProxy(this WebApplicationBuilder builder)
    {
        var networks = builder.Configuration.GetSection($"{ParticipationOptions.Section}:ReverseProxy:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            o.ForwardLimit = 1;
            foreach (var cidr in networks.Where(n => !string.IsNullOrWhiteSpace(n)))
                o.KnownIPNetworks.Add(Security.ExemptNetworks.Parse(cidr));
        });
    }

    public static void UseParticipationReverseProxy(this WebApplication app)
    {
        // Only when a proxy is configured: with no trusted network the headers would be ignored anyway.
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
    }
}
