using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Modules;
using Participation.Drafts.Services;

namespace Participation.Drafts;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DraftService>();
        services.AddScoped<Services.Diff.DraftComparer>();
        services.AddScoped<DraftAttachments>();
        Participation.Core.Files.UploadServiceCollectionExtensions.AddUploads(services, configuration);
    }
}
