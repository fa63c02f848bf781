using GraphQL.Types;
using Participation.Core.Clustering;
using Participation.Core.GraphQL;

namespace Participation.Api.GraphQL;

/// <summary><c>Cluster { id label size keywords representatives }</c>; representatives are already redacted.</summary>
public sealed class ClusterType : ObjectGraphType<PublishedCluster>
{
    public ClusterType()
    {
        Name = "Cluster";
        Description = "A topic found among a round's opinions and published by staff.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GraphIds.Of(c.Source.Id));
        Field(x => x.Label);
        Field(x => x.Size).Description("Opinions in the topic.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Resolve(c => c.Source.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("representatives")
            .Description("Typical opinions, personal data masked.").Resolve(c => c.Source.Representatives);
    }
}
