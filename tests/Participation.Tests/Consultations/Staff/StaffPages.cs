using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Staff;

/// <summary>Helpers for driving the staff screens of Consultations as a browser would.</summary>
public static partial class StaffPages
{
    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenInput();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionInput();

    public const string Chuo = "staff.chuo@demo.example";
    public const string Kita = "staff.kita@demo.example";
    public const string Admin = "admin@demo.example";

    public static async Task<HttpClient> SignedInAsync(ParticipationFactory factory, string email)
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>The page's HTML, its antiforgery token and (when present) its one-time form token and version.</summary>
    public static async Task<(string Html, string Antiforgery, string? FormToken, int? Version)> OpenAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var token = FormTokenInput().Match(html);
        var version = VersionInput().Match(html);
        return (html, HtmlForms.Token(html), token.Success ? WebUtility.HtmlDecode(token.Groups[1].Value) : null,
            version.Success ? int.Parse(version.Groups[1].Value) : null);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string antiforgery, params (string Key, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Append(("__RequestVerificationToken", antiforgery))
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));

    public static Task<int> RoundAsync(ParticipationFactory factory, RoundStatus status) => RoundIds.OfAsync(factory, status);

    public static Task<string> UserIdAsync(ParticipationFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync());

    public static string Today() => Participation.Core.Time.TokyoTime.Today(TimeProvider.System).ToString("yyyy-MM-dd");
}
