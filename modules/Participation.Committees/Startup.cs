using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.Committees.Recipes;
using Participation.Committees.Selection;
using Participation.Committees.Services;
using Participation.Core.GraphQL;
using Participation.Core.Me;
using Participation.Core.Modules;
using Participation.Core.Recipes;

namespace Participation.Committees;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<FeasibilityChecker>();
        services.AddSingleton<FairLotterySolver>();
        services.AddScoped<IParticipationRecordProvider, ApplicationRecords>();
        services.AddRecipeStep<DemoCommitteesStep>();
        services.TryAddScoped<IPublicMemberDirectory, NoPublishedMembers>();
        services.AddScoped<GraphQL.CommitteeGraphData>();
        services.AddGraphQLContribution<GraphQL.CommitteesGraphQL>();
    }
}
