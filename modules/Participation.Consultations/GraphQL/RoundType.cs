using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.GraphQL;
using Participation.Core.Privacy;
using Participation.Drafts.GraphQL;

namespace Participation.Consultations.GraphQL;

/// <summary><c>Round</c>: a public-comment round (意見募集) with counts, its draft and, once published, the answers.</summary>
public sealed class RoundType : ObjectGraphType<RoundGraph>
{
    public RoundType()
    {
        Name = "Round";
        Description = "A public-comment round (意見募集) on a policy draft.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The {id} of /rounds/{id}.").Resolve(c => GraphIds.Of(c.Source.Round.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Round.Title);
        Field<NonNullGraphType<RoundStatusType>>("status").Description("The status now.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeGraphType>>("opensAt").Resolve(c => c.Source.Round.OpensAt);
        Field<NonNullGraphType<DateTimeGraphType>>("closesAt").Resolve(c => c.Source.Round.ClosesAt);
        Field<WardType>("ward").Description("The ward; null for a city-wide round.")
            .ResolveAsync(async c => await Data(c).WardAsync(c.Source.Round.WardId, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("department").Resolve(c => c.Source.Round.Department);
        Field<NonNullGraphType<IntGraphType>>("submissionCount").Description("Submissions received (withdrawn ones excluded).")
            .ResolveAsync(async c => (await Data(c).CountsAsync(c.Source.Round.Id, c.CancellationToken)).Submissions);
        Field<NonNullGraphType<IntGraphType>>("opinionCount").Description("Opinions in those submissions.")
            .ResolveAsync(async c => (await Data(c).CountsAsync(c.Source.Round.Id, c.CancellationToken)).Opinions);
        Field<DraftType>("draft").Description("The draft, as its current version.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DraftGraphData>().GetAsync(c.Source.Round.DraftId, null, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OpinionGroupType>>>>("opinionGroups").WithComplexityImpact(1, 10)
            .Description("Opinions grouped with the city's answer (考え方); empty until results are published.")
            .ResolveAsync(async c => await Data(c).GroupsAsync(c.Source, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("url").Description("The round's page, root-relative.")
            .Resolve(c => $"/rounds/{c.Source.Round.Id}");
        Field<DateTimeGraphType>("resultsPublishedAt").Resolve(c => c.Source.Round.ResultsPublishedAt);
        Field<StringGraphType>("resultSummary").Description("The decision and what changed, once results are published.")
            .Resolve(c => c.Source.Status == Models.RoundStatus.ResultsPublished && c.Source.Round.ResultSummary is { } s
                ? c.RequestServices!.GetRequiredService<IRedactor>().Redact(s) : null);
    }

    private static RoundGraphData Data(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<RoundGraphData>();
}
