using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Identity;
using Participation.Core.GraphQL;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Drafts.Services;

namespace Participation.Drafts;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DraftService>();
        services.AddStaffLink(new StaffLink("EasyJa.Staff.Title", "/drafts/easy-japanese", "EasyJa.Staff.Description", Roles.WardStaff, Roles.Administrator));
        services.AddScoped<Participation.Drafts.GraphQL.DraftGraphData>();
        services.AddGraphTypes(typeof(Startup).Assembly);
        services.AddScoped<Services.Diff.DraftComparer>();
        services.AddScoped<DraftAttachments>();
        Participation.Core.Files.UploadServiceCollectionExtensions.AddUploads(services, configuration);
    }
}
