using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.GraphQL;

namespace Participation.Committees.GraphQL;

/// <summary>Root field <c>committees</c>.</summary>
public sealed class CommitteesGraphQL : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitteeType>>>>("committees").WithComplexityImpact(1, 10)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CommitteeGraphData>().ListAsync(c.CancellationToken));
}
