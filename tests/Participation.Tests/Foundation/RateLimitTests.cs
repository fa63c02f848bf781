using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        using var factory = new ParticipationFactory();
        factory.Settings["Participation:RateLimiting:SignIn:PermitLimit"] = "2";
        factory.Settings["Participation:RateLimiting:SignIn:WindowSeconds"] = "600";
        var client = factory.CreateBrowserClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await client.PostFormAsync("/account/login", "/account/login", ("Email", "x@example.jp"), ("Password", "wrong-password-1"))).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var page = await client.PostFormAsync("/account/login", "/account/login", ("Email", "x@example.jp"), ("Password", "wrong-password-1"));
        Assert.Contains("短時間に操作が集中しています", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Registration_is_rate_limited_too()
    {
        using var factory = new ParticipationFactory();
        factory.Settings["Participation:RateLimiting:Register:PermitLimit"] = "1";
        var client = factory.CreateBrowserClient();
        await client.PostFormAsync("/account/register", "/account/register", ("Email", "bad"));
        var second = await client.PostFormAsync("/account/register", "/account/register", ("Email", "bad"));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public void Exempt_networks_match_addresses_inside_them_only()
    {
        var exempt = new Participation.Web.Security.ExemptNetworks(["127.0.0.0/8", "10.1.2.3"]);
        Assert.True(exempt.Contains(IPAddress.Parse("127.0.0.1")));
        Assert.True(exempt.Contains(IPAddress.Parse("127.9.9.9")));
        Assert.True(exempt.Contains(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.True(exempt.Contains(IPAddress.Parse("10.1.2.3")));
        Assert.False(exempt.Contains(IPAddress.Parse("10.1.2.4")));
        Assert.False(exempt.Contains(null));
        Assert.False(new Participation.Web.Security.ExemptNetworks([]).Contains(IPAddress.Loopback));
    }
}
