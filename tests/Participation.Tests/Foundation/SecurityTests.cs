using System.Net;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

public sealed class SecurityTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Forms_carry_an_antiforgery_token()
    {
        var html = await factory.CreateClient().GetStringAsync("/account/login");
        Assert.NotEmpty(HtmlForms.Token(html));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "someone@example.jp", ["Password"] = "whatever-password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("送信の有効期限", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_jobs_dashboard_is_for_administrators_only()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/hangfire");
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"got {response.StatusCode}");
    }

    [Fact]
    public async Task Admin_pages_send_anonymous_visitors_to_sign_in()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
