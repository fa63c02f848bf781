using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Endpoints;
using Participation.Consultations.Recipes;
using Participation.Consultations.Services;
using Participation.Core.Identity;
using Participation.Core.Me;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Recipes;
using Participation.Core.Statistics;

namespace Participation.Consultations;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsultationOptions>(configuration.GetSection("Participation:Consultations"));
        services.AddPermissions<Permissions>();
        services.AddHttpContextAccessor();
        services.AddScoped<RoundQueries>();
        services.AddScoped<Participation.Core.Consultations.IOpenRoundDirectory, OpenRoundDirectory>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<ResultsService>();
        services.AddScoped<ReceiptMails>();
        services.AddSingleton<FormTokens>();
        services.AddScoped<IStatisticsProvider, ConsultationStatistics>();
        services.AddScoped<IParticipationRecordProvider, ConsultationRecords>();
        services.AddRecipeStep<DemoRoundsStep>();
        services.AddRoundLifecycle(configuration);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSubmissionApi();
}
