using GraphQL.Types;
using Participation.Core.GraphQL;

namespace Participation.Consultations.GraphQL;

/// <summary><c>RoundConnection { totalCount nodes pageInfo }</c>: one page of rounds.</summary>
public sealed class RoundConnectionType : ObjectGraphType<Page<RoundGraph>>
{
    public RoundConnectionType()
    {
        Name = "RoundConnection";
        Field(p => p.TotalCount).Description("Rounds matching the filter, on every page.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoundType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.EndCursor));
    }
}
