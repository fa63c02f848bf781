using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.GraphQL;

namespace Participation.Plans.GraphQL;

/// <summary>Root field <c>plans</c>: published plans only.</summary>
public sealed class PlansGraphQL : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .WithComplexityImpact(1, 3)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PlanGraphData>().ListAsync(c.CancellationToken));
}
