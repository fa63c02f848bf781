using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Api;

/// <summary>The endpoint under its limits and with fewer modules: each site here is empty and small.</summary>
public sealed class ApiHostingTests
{
    [Fact]
    public async Task Timeout_gives_a_graphql_error_and_the_api_rate_limit_applies()
    {
        using var factory = new ParticipationFactory();
        factory.Settings["Participation:Api:TimeoutSeconds"] = "0";
        factory.Settings["Participation:RateLimiting:Api:PermitLimit"] = "2";
        factory.Settings["Participation:RateLimiting:Api:WindowSeconds"] = "600";
        var client = factory.CreateClient();
        var (status, body) = await client.GraphQLAsync("{ wards { id } }");
        Assert.Equal(HttpStatusCode.GatewayTimeout, status);
        Assert.Equal("TIMEOUT", body.FirstErrorCode());
        await client.GraphQLAsync("{ wards { id } }");
        var limited = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ wards { id } }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task A_disabled_module_leaves_no_fields_and_no_dataset()
    {
        using var factory = new ParticipationFactory();
        string[] modules = ["Accounts", "Drafts", "Consultations", "Api"];
        for (var i = 0; i < 12; i++) factory.Settings[$"Participation:Modules:{i}"] = i < modules.Length ? modules[i] : "";
        var client = factory.CreateClient();
        var data = await client.DataAsync("{ wards { id } rounds { totalCount } clusters(roundId: \"1\") { id } }");
        Assert.Equal(0, data.GetProperty("rounds").GetProperty("totalCount").GetInt32());
        var (status, body) = await client.GraphQLAsync("{ plans { id } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("plans", body.FirstErrorMessage());
        var page = await client.GetStringAsync("/opendata");
        Assert.Contains("/opendata/rounds.csv", page);
        Assert.DoesNotContain("/opendata/plans.csv", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/opendata/committees.csv")).StatusCode);
    }
}
