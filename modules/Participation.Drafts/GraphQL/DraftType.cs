using GraphQL;
using GraphQL.Types;
using Participation.Core.GraphQL;

namespace Participation.Drafts.GraphQL;

/// <summary><c>Draft { id title version sections }</c>: the policy draft a round asks about.</summary>
public sealed class DraftType : ObjectGraphType<DraftGraph>
{
    public DraftType()
    {
        Name = "Draft";
        Description = "A policy draft (案), as its current published version.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GraphIds.Of(c.Source.Id));
        Field(d => d.Title);
        Field(d => d.Department).Description("The department responsible (担当課).");
        Field(d => d.Version).Description("Number of the published version (1, 2, …).");
        Field(d => d.PublishedAt).Description("When this version was published (UTC).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectionType>>>>("sections").WithComplexityImpact(1, 10).Resolve(c => c.Source.Sections);
    }
}

/// <summary><c>Section { id number heading }</c>: id is the anchor (<c>section-2</c>) or <c>general</c>.</summary>
public sealed class SectionType : ObjectGraphType<SectionGraph>
{
    public SectionType()
    {
        Name = "Section";
        Description = "A numbered section of a draft; id section-N is stable across versions, general means the draft as a whole.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(s => s.Number, nullable: true).Description("Section number; null for general.");
        Field(s => s.Heading);
    }
}
