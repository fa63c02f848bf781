using System.Net;
using System.Text;
using System.Text.Json;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>A site whose submit limit is two requests a minute.</summary>
public sealed class TinySubmitLimitFactory : ParticipationFactory
{
    public TinySubmitLimitFactory()
    {
        Settings["Participation:RateLimiting:Submit:PermitLimit"] = "2";
        Settings["Participation:RateLimiting:Submit:WindowSeconds"] = "60";
    }
}

public sealed class LifecycleRateLimitTests(TinySubmitLimitFactory factory) : IClassFixture<TinySubmitLimitFactory>
{
    [Fact]
    public async Task The_submission_api_answers_429_with_problem_json_once_the_limit_is_used_up()
    {
        var client = factory.CreateClient();
        Task<HttpResponseMessage> Post() => client.PostAsync("/api/rounds/1/submissions",
            new StringContent("""{"category":"resident","opinions":[{"section":"general","text":"意見"}]}""", Encoding.UTF8, "application/json"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Post()).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Post()).StatusCode);
        var limited = await Post();
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }
}
