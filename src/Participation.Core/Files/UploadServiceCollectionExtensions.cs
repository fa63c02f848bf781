using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Participation.Core.Files;

public static class UploadServiceCollectionExtensions
{
    /// <summary>Checker, re-encoder, store and the cleaner that chains them for uploads; safe to call from several modules.</summary>
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.TryAddSingleton<UploadChecker>();
        services.TryAddSingleton<ImageReencoder>();
        services.TryAddSingleton<FileStore>();
        services.TryAddSingleton<UploadCleaner>();
        return services;
    }
}
