using GraphQL.Types;

namespace Participation.Core.GraphQL;

/// <summary><c>pageInfo { hasNextPage endCursor }</c> of every connection.</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage).Description("True when another page follows; pass endCursor as after to read it.");
        Field(p => p.EndCursor, nullable: true).Description("Cursor of the last item of this page.");
    }
}

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
