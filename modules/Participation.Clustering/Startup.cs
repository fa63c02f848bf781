using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Recipes;
using Participation.Clustering.Services;
using Participation.Core.Clustering;
using Participation.Core.Events;
using Participation.Core.Identity;
using Participation.Core.Modules;
using Participation.Core.Navigation;
using Participation.Core.Permissions;
using Participation.Core.Recipes;

namespace Participation.Clustering;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The pipeline is stateless and thread-safe; a run's model travels with its outcome.
        services.AddSingleton<ClusteringPipeline>();
        services.AddPermissions<Permissions>();
        services.AddSingleton<ClusteringModelStore>();
        services.AddSingleton<ClusteringModelCache>();
        services.AddScoped<ClusterRunJob>();
        services.AddScoped<ClusterRunStarter>();
        services.AddScoped<RunQueries>();
        services.AddScoped<ClusterMemberTexts>();
        services.AddScoped<ClusterMeasures>();
        services.AddScoped<PublishedClusters>();
        services.AddScoped<IPublishedClusters>(sp => sp.GetRequiredService<PublishedClusters>());
        services.AddScoped<IPublishedClusterMaps>(sp => sp.GetRequiredService<PublishedClusters>());
        services.AddScoped<IPublishedClusterMeasures, PublishedClusterMeasures>();
        services.AddScoped<IDomainEventHandler<Participation.Core.Events.SubmissionAccepted>, IncrementalAssigner>();
        services.Configure<ClusteringModuleOptions>(configuration.GetSection(ClusteringModuleOptions.Section));
        services.AddScoped<ClusterEditing>();
        services.AddScoped<ClusterSplitter>();
        services.AddScoped<RerunCarryOver>();
        services.AddScoped<StuckRuns>();
        services.AddScoped<RunPruner>();
        services.AddScoped<ClusteringMaintenanceJob>();
        services.AddHostedService<ClusteringMaintenanceRegistration>();
        services.AddScoped<ClusterGroupSuggestions>();
        services.AddScoped<IClusterGroupSuggestions>(sp => sp.GetRequiredService<ClusterGroupSuggestions>());
        services.AddScoped<IDomainEventHandler<Participation.Core.Events.WardPostPublished>, WardPostAssigner>();
        services.AddScoped<RunExtras>();
        services.AddRecipeStep<DemoClustersStep>();
        services.AddStaffLink(new StaffLink("Clustering.Staff.Title", "/staff/clusters", "Clustering.Staff.Description",
            Roles.WardStaff, Roles.Secretariat, Roles.Administrator));
    }
}
