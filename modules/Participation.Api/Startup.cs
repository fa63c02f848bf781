using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.Api.Endpoints;
using Participation.Api.GraphQL;
using Participation.Api.OpenData;
using Participation.Api.Services;
using Participation.Core.GraphQL;
using Participation.Core.Modules;

namespace Participation.Api;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        var options = configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
        services.AddGraphTypes(typeof(Startup).Assembly);
        services.AddGraphQL(b => b
            .AddSchema<OpenDataSchema>()
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Fields share the request's DbContext: one at a time (parallel resolvers break on PostgreSQL).
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddComplexityAnalyzer(c => QueryLimits.Configure(c, options))
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false));

        services.AddMemoryCache();
        services.AddScoped<SchemaReader>();
        services.AddScoped<OpenDataCatalog>();
        services.AddScoped<IOpenDataset, RoundsDataset>();
        services.AddScoped<IOpenDataset, ResultsDataset>();
        services.AddScoped<IOpenDataset, PlansDataset>();
        services.AddScoped<IOpenDataset, CommitteesDataset>();
        services.AddScoped<IOpenDataset, ParticipationDataset>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLEndpoint();
        endpoints.MapGraphiQLAssets();
    }
}
