using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Committees.Members;

/// <summary>The demo site with public pages cached as deployed, so a test sees whether an edit evicts the stored copy.</summary>
public sealed class MembersSite : ParticipationFactory
{
    public MembersSite()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:PageCache:Seconds"] = "60";
    }
}

/// <summary>The member forms driven as a browser without JavaScript: GET the page for its token, POST the fields.</summary>
internal static partial class MemberForms
{
    [GeneratedRegex("name=\"Input\\.Version\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex VersionField();

    /// <summary>A name no other test uses (tests of one site share its database).</summary>
    public static string UniqueName(string family) => $"{family} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<int> AddAsync(HttpClient staff, ParticipationFactory site, int committeeId, string name, string role = "学識経験者",
        bool consent = true, string termStart = "", string termEnd = "")
    {
        var fields = new List<(string, string)> { ("Input.Name", name), ("Input.Role", role), ("Input.TermStart", termStart), ("Input.TermEnd", termEnd) };
        if (consent) fields.Add(("Input.ConsentToPublish", "true"));
        var response = await staff.PostFormAsync($"/staff/committees/{committeeId}", $"/staff/committees/{committeeId}/members", fields.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await site.WithDbAsync(db => db.Set<CommitteeMember>().Where(m => m.Name == name).Select(m => m.Id).SingleAsync());
    }

    /// <summary>The token and version of the edit form as the person opened it.</summary>
    public static async Task<(string Token, string Version)> OpenEditAsync(HttpClient staff, string url)
    {
        var html = await staff.GetStringAsync(url);
        return (HtmlForms.Token(html), VersionField().Match(html).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostEditAsync(HttpClient staff, string url, (string Token, string Version) form, string name, string role,
        bool consent, string termStart = "", string termEnd = "")
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.Token), new("Input.Version", form.Version), new("Input.Name", name), new("Input.Role", role),
            new("Input.TermStart", termStart), new("Input.TermEnd", termEnd), new("Input.ConsentToPublish", consent ? "true" : "false"),
        };
        return staff.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
