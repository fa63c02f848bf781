using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Core.GraphQL;

namespace Participation.Consultations.GraphQL;

/// <summary>Root fields <c>rounds(status, wardId, first, after)</c> and <c>round(id)</c>.</summary>
public sealed class ConsultationsGraphQL : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<RoundConnectionType>>("rounds")
            .Description($"Public rounds, newest first. first: 1–{Paging.MaxPageSize} (default {Paging.DefaultPageSize}); more is an error.")
            .Argument<RoundStatusType>("status")
            .Argument<IdGraphType>("wardId", "Rounds of this ward only (city-wide rounds have no ward).")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first");
                var after = c.GetArgument<string?>("after");
                Paging.Read(first, after);
                var wardArgument = c.GetArgument<object?>("wardId");
                var wardId = GraphIds.Parse(wardArgument);
                if (wardArgument is not null && wardId is null) return Page<RoundGraph>.Of([], first, after);
                var all = await c.RequestServices!.GetRequiredService<RoundGraphData>()
                    .ListAsync(c.GetArgument<RoundStatus?>("status"), wardId, c.CancellationToken);
                return Page<RoundGraph>.Of(all, first, after);
            });
        query.Field<RoundType>("round")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => GraphIds.Parse(c.GetArgument<object>("id")) is { } id
                ? await c.RequestServices!.GetRequiredService<RoundGraphData>().FindAsync(id, c.CancellationToken)
                : null);
    }
}
