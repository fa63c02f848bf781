using GraphQL.Types;

namespace Participation.Api.GraphQL;

/// <summary>The public, read-only open-data schema: everything published, nothing personal.</summary>
public sealed class OpenDataSchema : Schema
{
    public OpenDataSchema(IServiceProvider services, OpenDataQuery query) : base(services)
    {
        Description = "Open data of the resident participation portal (read only; no personal data).";
        Query = query;
    }
}
