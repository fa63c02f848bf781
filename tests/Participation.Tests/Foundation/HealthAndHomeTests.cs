using System.Net;
using System.Text.Json;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

public sealed class HealthAndHomeTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Health_reports_healthy_with_the_database_check()
    {
        var response = await factory.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":\"Healthy\"", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ping_answers_pong()
    {
        var response = await factory.CreateClient().GetAsync("/ping");
        Assert.Equal("pong", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Home_is_Japanese_by_default_without_a_redirect()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ja\"", html);
        Assert.Contains("本文へ移動", html);
        Assert.Contains("みどり市", html);
        Assert.Contains("令和", html);
    }

    [Fact]
    public async Task Language_switch_is_a_form_that_sets_English()
    {
        var client = factory.CreateBrowserClient();
        var switched = await client.PostFormAsync("/", "/preferences/culture", ("culture", "en"), ("returnUrl", "/"));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var html = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Skip to main content", html);
    }

    [Fact]
    public async Task Language_switch_refuses_to_redirect_off_site()
    {
        var client = factory.CreateBrowserClient();
        var switched = await client.PostFormAsync("/", "/preferences/culture", ("culture", "en"), ("returnUrl", "https://evil.example/"));
        Assert.Equal("/", switched.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Large_text_mode_sticks_across_pages()
    {
        var client = factory.CreateBrowserClient();
        await client.PostFormAsync("/", "/preferences/text-size", ("size", "large"), ("returnUrl", "/"));
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("class=\"text-large\"", html);
        Assert.Contains("文字を標準に", html);
    }

    [Fact]
    public async Task Unknown_pages_get_a_localised_404()
    {
        var response = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ページが見つかりません", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Static_theme_assets_are_served_locally()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.DoesNotContain("cdn", html, StringComparison.OrdinalIgnoreCase);
        var css = await client.GetAsync("/_content/Participation.Theme/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("--accent", await css.Content.ReadAsStringAsync());
    }
}
