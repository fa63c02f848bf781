using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Committees.Recipes;
using Participation.Committees.Selection;
using Participation.Committees.Services;
using Participation.Committees.Services.Selecting;
using Participation.Core.GraphQL;
using Participation.Core.Me;
using Participation.Core.Modules;
using Participation.Core.Recipes;
using Participation.Core.Identity;
using Participation.Core.Navigation;
using Participation.Core.Permissions;

namespace Participation.Committees;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SelectionLimits>(configuration.GetSection(SelectionLimits.Section));
        services.AddSingleton<FeasibilityChecker>();
        services.AddSingleton<FairLotterySolver>();
        services.AddScoped<IParticipationRecordProvider, ApplicationRecords>();
        services.AddScoped<IPersonalDataHandler, CommitteePersonalData>();
        services.AddScoped<Participation.Core.Statistics.IStatisticsProvider, CommitteeStatistics>();
        services.AddRecipeStep<DemoCommitteesStep>();
        services.AddPermissions<Permissions>();
        services.AddScoped<RecruitmentLookup>();
        services.AddScoped<SecretariatScope>();
        Participation.Core.Files.UploadServiceCollectionExtensions.AddUploads(services, configuration);
        services.AddScoped<Services.Documents.DocumentEditor>();
        services.AddScoped<Services.Members.MemberEditor>();
        services.AddScoped<ReviewAggregates>();
        services.AddScoped<SelectionPool>();
        services.AddScoped<SelectionRunJob>();
        services.AddScoped<SelectionDraw>();
        services.AddScoped<ReserveService>();
        services.AddScoped<ResultMailer>();
        services.AddScoped<Services.Importing.PoolImporter>();
        services.AddStaffLink(new StaffLink("Secretariat.Title", "/staff/committees", "Secretariat.Description", Roles.Secretariat, Roles.Administrator));
        services.AddScoped<IPublicMemberDirectory, ConsentingMembers>();
        services.AddScoped<GraphQL.CommitteeGraphData>();
        services.AddGraphQLContribution<GraphQL.CommitteesGraphQL>();
    }
}
