using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.GraphQL;
using Participation.Core.Identity;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Plans;
using Participation.Core.Recipes;
using Participation.Core.Statistics;
using Participation.Plans.Models;
using Participation.Plans.Recipes;
using Participation.Plans.Services;

namespace Participation.Plans;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PlansOptions>(configuration.GetSection(PlansOptions.Section));
        services.AddPermissions<Permissions>();
        services.AddSingleton<PlansSettings>();
        services.AddSingleton<ProgressRollup>();
        services.AddSingleton<KpiGrader>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<KpiImporter>();
        services.AddScoped<PlanTreeEditor>();
        services.AddScoped<KpiEditor>();
        services.AddScoped<IMeasureCatalog, MeasureCatalog>();
        services.AddScoped<MeasureSuggester>();
        services.AddScoped<IStatisticsProvider, PlansStatistics>();
        services.AddRecipeStep<DemoPlanStep>();
        services.AddScoped<GraphQL.PlanGraphData>();
        services.AddGraphQLContribution<GraphQL.PlansGraphQL>();
        services.AddStaffLink(new StaffLink("Plans.Staff.Title", "/staff/plans", "Plans.Staff.Description",
            Roles.WardStaff, Roles.Secretariat, Roles.Administrator));
    }
}
