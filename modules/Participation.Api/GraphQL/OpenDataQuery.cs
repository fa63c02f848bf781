using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Cities;
using Participation.Core.Clustering;
using Participation.Core.Data;
using Participation.Core.GraphQL;

namespace Participation.Api.GraphQL;

/// <summary>
/// <c>Query</c>: wards and clusters (Core data and contracts) here, the rest from each enabled module's
/// <see cref="IGraphQLContribution"/>, so a disabled module's fields are simply absent.
/// </summary>
public sealed class OpenDataQuery : ObjectGraphType
{
    public OpenDataQuery(IEnumerable<IGraphQLContribution> contributions)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WardType>>>>("wards").WithComplexityImpact(1, 10)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ParticipationDbContext>().Set<Ward>()
                .AsNoTracking().OrderBy(w => w.SortOrder).ThenBy(w => w.Id).ToListAsync(c.CancellationToken));
        foreach (var contribution in contributions) contribution.AddQueryFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClusterType>>>>("clusters").WithComplexityImpact(1, 10)
            .Description("Topic clusters staff published for a round; empty when none are.")
            .Argument<NonNullGraphType<IdGraphType>>("roundId")
            .ResolveAsync(async c =>
            {
                var clusters = c.RequestServices!.GetService<IPublishedClusters>();
                if (clusters is null || GraphIds.Parse(c.GetArgument<object>("roundId")) is not { } roundId) return Array.Empty<PublishedCluster>();
                return await clusters.ForRoundAsync(roundId, c.CancellationToken);
            });
    }
}
