using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Identity;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Summaries.Services;

namespace Participation.Summaries;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddScoped<StatisticsGatherer>();
        services.AddSingleton<StatisticsExporter>();
        services.AddMemoryCache();
        services.AddSingleton<ReportCache>();
        services.AddScoped<ReportBuilder>();
        services.AddScoped<RoundTopics>();
        services.AddScoped<ReportJobs>();
        services.AddScoped<ReportRenderJob>();
        services.AddSingleton<DigestRenderer>();
        services.AddScoped<DigestContent>();
        services.AddScoped<DigestTemplates>();
        services.AddScoped<DigestJob>();
        services.AddHostedService<DigestSchedule>();
        services.AddStaffLink(new StaffLink("Digest.Template.Title", "/summaries/digest/template", "Digest.Template.Description", Roles.Secretariat, Roles.Administrator));
        services.AddStaffLink(new StaffLink("Summaries.Title", "/summaries", "Summaries.Description", Roles.Councillor, Roles.Administrator));
    }
}
