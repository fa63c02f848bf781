using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>One demo site for every API test (seeding it is the slow part); tests in the collection run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiSiteFactory>
{
    public const string Name = "Api";
}

/// <summary>The demo site, with open-data files rebuilt on every download so a test sees what it just seeded.</summary>
public sealed class ApiSiteFactory : ParticipationFactory
{
    public ApiSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Api:OpenDataCacheSeconds"] = "0";
    }
}

public static class GraphQLClient
{
    /// <summary>POSTs a GraphQL request as JSON; the parsed answer (data and/or errors) and its status.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GraphQLAsync(this HttpClient client, string query,
        object? variables = null, string? operationName = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables, operationName });
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>The data of a query that must succeed (fails the test with the errors otherwise).</summary>
    public static async Task<JsonElement> DataAsync(this HttpClient client, string query, object? variables = null)
    {
        var (status, body) = await client.GraphQLAsync(query, variables);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{(int)status}: {body}");
        return body.GetProperty("data");
    }

    public static string FirstErrorMessage(this JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static string? FirstErrorCode(this JsonElement body) =>
        body.GetProperty("errors")[0].TryGetProperty("extensions", out var e) && e.TryGetProperty("code", out var c) ? c.GetString() : null;
}
