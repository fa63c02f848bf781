using System.Net;
using System.Text;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>Limits of POST /graphql: page size, depth (introspection too), complexity, malformed requests.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLLimitsTests(ApiSiteFactory factory)
{
    private static string Nested(int depth) =>
        // __type(name:"Round") { fields { type { ofType { ofType ... } } } }: each ofType is one more level.
        "{ __type(name: \"Round\") { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", depth - 4)) + "{ name }"
        + string.Concat(Enumerable.Repeat(" }", depth - 4)) + " } } }";

    [Fact]
    public async Task First_over_one_hundred_is_an_error_not_a_smaller_page()
    {
        var (status, body) = await factory.CreateClient().GraphQLAsync("{ rounds(first: 101) { totalCount nodes { id } } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("PAGE_SIZE_EXCEEDED", body.FirstErrorCode());
        Assert.Contains("100", body.FirstErrorMessage());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task First_of_exactly_one_hundred_is_allowed()
    {
        var data = await factory.CreateClient().DataAsync("{ rounds(first: 100) { totalCount } }");
        Assert.True(data.GetProperty("rounds").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Queries_deeper_than_ten_are_rejected()
    {
        var client = factory.CreateClient();
        // Depth 11: plans > measures > kpis > actuals is 4; nest through introspection on an ordinary query.
        var (status, body) = await client.GraphQLAsync("{ wards { id } " + Nested(11)[1..]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("nested", body.FirstErrorMessage());
        Assert.Contains("10", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Introspection_is_depth_limited_unless_it_is_the_pure_named_IntrospectionQuery()
    {
        var client = factory.CreateClient();
        var (deepStatus, deep) = await client.GraphQLAsync(Nested(11));
        Assert.Equal(HttpStatusCode.BadRequest, deepStatus);
        Assert.Contains("nested", deep.FirstErrorMessage());

        var (shallowStatus, _) = await client.GraphQLAsync(Nested(10));
        Assert.Equal(HttpStatusCode.OK, shallowStatus);

        // Another name, or the right name with a data field beside __schema: no exemption.
        var (renamed, _) = await client.GraphQLAsync("query Other " + Nested(11), operationName: "Other");
        Assert.Equal(HttpStatusCode.BadRequest, renamed);
        var mixed = "query IntrospectionQuery { wards { id } __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }";
        var (mixedStatus, _) = await client.GraphQLAsync(mixed, operationName: "IntrospectionQuery");
        Assert.Equal(HttpStatusCode.BadRequest, mixedStatus);

        // GraphiQL's own introspection (deeper than 10) still works.
        var (status, body) = await client.GraphQLAsync(IntrospectionQuery.Text, operationName: "IntrospectionQuery");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body.GetProperty("data").GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Too_complex_queries_are_rejected_before_running()
    {
        var one = "rounds(first: 100) { nodes { id title department draft { sections { id heading } } opinionGroups { id summary response opinions } } }";
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 8).Select(i => $"r{i}: {one}")) + " }";
        var (status, body) = await factory.CreateClient().GraphQLAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complex", body.FirstErrorMessage());
    }

    [Fact]
    public async Task Malformed_json_gets_400_with_a_graphql_error_body()
    {
        var response = await factory.CreateClient().PostAsync("/graphql", new StringContent("{\"query\": \"{ wards { id }", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("INVALID_JSON", body.FirstErrorCode());
        Assert.Contains("JSON", body.FirstErrorMessage());
    }

    [Fact]
    public async Task A_request_without_a_query_or_with_bad_syntax_is_a_400()
    {
        var client = factory.CreateClient();
        var (noQuery, body) = await client.GraphQLAsync("");
        Assert.Equal(HttpStatusCode.BadRequest, noQuery);
        Assert.Equal("QUERY_MISSING", body.FirstErrorCode());
        var (syntax, syntaxBody) = await client.GraphQLAsync("{ wards { id }");
        Assert.Equal(HttpStatusCode.BadRequest, syntax);
        Assert.True(syntaxBody.GetProperty("errors").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Anonymous_post_needs_no_antiforgery_token_and_answers_in_utf8()
    {
        var response = await factory.CreateClient().PostAsync("/graphql",
            new StringContent("{\"query\":\"{ wards { name } }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("中央区", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_graphql_serves_graphiql_from_local_assets()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync("/graphql");
        Assert.Contains("<script src=\"/graphql/assets/graphiql.min.js\"></script>", page);
        Assert.Contains("/_content/Participation.Api/js/graphiql-init.js", page);
        Assert.DoesNotContain("https://", System.Text.RegularExpressions.Regex.Match(page, "<script[^>]*>").Value);
        var script = await client.GetAsync("/graphql/assets/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("GraphiQL", await script.Content.ReadAsStringAsync());
        var init = await client.GetAsync("/_content/Participation.Api/js/graphiql-init.js");
        Assert.Equal(HttpStatusCode.OK, init.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphql/assets/react.production.min.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/assets/secret.txt")).StatusCode);
    }
}
