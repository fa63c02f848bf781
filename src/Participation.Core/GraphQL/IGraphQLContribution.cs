using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Participation.Core.GraphQL;

/// <summary>
/// A module's part of the public open-data schema (served by the Api module at <c>/graphql</c>): its root
/// fields on <c>Query</c>. The module keeps its graph types in its own <c>GraphQL/</c> folder; they read
/// only published data and carry nothing personal. Contributions are singletons (the schema is built
/// once); resolvers take scoped services from <c>context.RequestServices</c>.
/// </summary>
public interface IGraphQLContribution
{
    /// <summary>Adds root fields to the public Query type; <paramref name="query"/> is shared by every module.</summary>
    void AddQueryFields(ObjectGraphType query);
}

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers a contribution and every graph type of its assembly (the schema resolves types through DI).
    /// Harmless when the Api module is disabled: nothing asks for them then.
    /// </summary>
    public static IServiceCollection AddGraphQLContribution<T>(this IServiceCollection services) where T : class, IGraphQLContribution
    {
        services.AddSingleton<IGraphQLContribution, T>();
        services.AddGraphTypes(typeof(T).Assembly);
        return services;
    }

    /// <summary>Registers every graph type of an assembly (and Core's shared ones), for modules whose types others use.</summary>
    public static IServiceCollection AddGraphTypes(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        Register(services, assembly);
        Register(services, typeof(WardType).Assembly);
        return services;
    }

    private static void Register(IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                     && typeof(IGraphType).IsAssignableFrom(t)))
            services.TryAddTransient(type);
    }
}
