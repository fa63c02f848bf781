using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Services;
using Participation.Core.GraphQL;
using Participation.Drafts.GraphQL;

namespace Participation.Consultations.GraphQL;

/// <summary><c>OpinionGroup { id section summary response count reflection }</c>: published, redacted text only.</summary>
public sealed class OpinionGroupType : ObjectGraphType<OpinionGroupGraph>
{
    public OpinionGroupType()
    {
        Name = "OpinionGroup";
        Description = "Similar opinions answered once: the summary (意見の要旨), the city's answer (考え方) and 反映区分.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GraphIds.Of(c.Source.Group.Id));
        Field<NonNullGraphType<SectionType>>("section").Description("The draft section, or general.")
            .ResolveAsync(async c => DraftGraphData.Section(
                await c.RequestServices!.GetRequiredService<DraftGraphData>().GetAsync(c.Source.DraftId, c.Source.DraftVersion, c.CancellationToken),
                c.Source.Group.Section));
        Field<NonNullGraphType<StringGraphType>>("summary").Resolve(c => c.Source.Group.Summary);
        Field<StringGraphType>("response").Description("The city's answer (考え方).").Resolve(c => c.Source.Group.Answer);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Opinions in the group.").Resolve(c => c.Source.Group.Count);
        Field<ReflectionType>("reflection").Resolve(c => c.Source.Group.Reflection);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("opinions")
            .Description("The published opinions, personal data masked (［氏名］…); withheld ones left out.")
            .Resolve(c => c.Source.Group.Opinions);
    }
}

/// <summary><c>Reflection { code label }</c>: the 反映区分 from the city's list.</summary>
public sealed class ReflectionType : ObjectGraphType<ReflectionCategory>
{
    public ReflectionType()
    {
        Name = "Reflection";
        Description = "How an opinion group was reflected (反映区分).";
        Field(r => r.Code);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Label in Japanese.").Resolve(c => c.Source.Ja);
        Field<NonNullGraphType<StringGraphType>>("labelEn").Description("Label in English.").Resolve(c => c.Source.En);
    }
}
