using System.Net;
using System.Text.RegularExpressions;

namespace Participation.Tests.Infrastructure;

/// <summary>Drives server-rendered forms as a browser without JavaScript would: GET the page, keep the antiforgery token, POST.</summary>
public static partial class HtmlForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenAnyOrder();

    public static string Token(string html) =>
        TryToken(html) ?? throw new InvalidOperationException("No antiforgery token on the page.");

    /// <summary>The page's antiforgery token, or null when it has no form that needs one.</summary>
    public static string? TryToken(string html)
    {
        var m = TokenInput().Match(html);
        if (!m.Success) m = TokenAnyOrder().Match(html);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    // The last token each client saw: a page without a form (one already read-only, say) is re-posted the way
    // a browser would re-submit the form it still shows, with the token that form carried.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, string> LastToken = new();

    /// <summary>GETs <paramref name="pageUrl"/>, then posts the fields with its antiforgery token to <paramref name="action"/>
    /// (the client's last token when the page has none).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var token = TryToken(page);
        if (token is not null) LastToken.AddOrUpdate(client, token);
        else if (LastToken.TryGetValue(client, out var last)) token = last;
        var all = (token is null ? fields : fields.Append(new("__RequestVerificationToken", token))).ToList();
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    /// <summary>GETs a page as a browser shows it, keeping its form's token for a later post (see <see cref="PostFormAsync(HttpClient, string, string, IEnumerable{KeyValuePair{string, string}})"/>).</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        if (TryToken(page) is { } token) LastToken.AddOrUpdate(client, token);
        return page;
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string action, params (string Key, string Value)[] fields) =>
        client.PostFormAsync(pageUrl, action, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// <summary>Signs in as one of the demo users (cookies stay on the client).</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = "demo-password-2026")
    {
        var response = await client.PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", password));
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
    }

    public static HttpClient CreateBrowserClient(this ParticipationFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
