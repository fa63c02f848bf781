using Microsoft.AspNetCore.Antiforgery;
using Participation.Core;

namespace Participation.Web.Caching;

/// <summary>Output caching of public pages for anonymous visitors; stored in Redis when the site is scaled out.</summary>
internal static class PageCacheHosting
{
    public static void AddParticipationPageCache(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection($"{ParticipationOptions.Section}:PageCache").Get<PageCacheOptions>() ?? new();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<PageCacheEviction>();
        builder.Services.AddSingleton<Participation.Core.Data.IWrittenWithoutSaveChanges>(sp => sp.GetRequiredService<PageCacheEviction>());
        builder.Services.AddOutputCache(o =>
        {
            o.MaximumBodySize = 1024 * 1024;
            o.AddBasePolicy(new PublicPagePolicy(options));
        });
        // Mark pages that rendered an antiforgery token (a form) so they are never shared between visitors.
        var registration = builder.Services.LastOrDefault(d => d.ServiceType == typeof(IAntiforgery))
            ?? throw new InvalidOperationException("AddParticipationPageCache must follow AddParticipationSecurity.");
        builder.Services.Add(ServiceDescriptor.Describe(typeof(IAntiforgery),
            sp => new AntiforgeryUseMarker((IAntiforgery)ActivatorUtilities.GetServiceOrCreateInstance(sp, registration.ImplementationType!)),
            registration.Lifetime));
    }
}
