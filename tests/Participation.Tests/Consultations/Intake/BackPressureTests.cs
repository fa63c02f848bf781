using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.Intake;

/// <summary>The demo site with no room in the group commit's queue: every new submission meets a full node.</summary>
public sealed class SaturatedSiteFactory : ParticipationFactory
{
    public SaturatedSiteFactory()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Consultations:Intake:MaxPending"] = "0";
        Settings["Participation:Consultations:Intake:BusyRetryAfterSeconds"] = "3";
    }
}

/// <summary>A full write queue refuses at once with 503 and Retry-After; nothing is stored and nothing typed is lost.</summary>
public sealed partial class BackPressureTests(SaturatedSiteFactory factory) : IClassFixture<SaturatedSiteFactory>
{
    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenInput();

    [Theory]
    [InlineData("", "ただいま送信が集中しています。Retry-After の秒数の後に同じ内容を再送してください。")]
    [InlineData("?culture=en", "Too many submissions are arriving right now. Send the same request again after the Retry-After seconds.")]
    public async Task Api_answers_503_with_retry_after_and_a_problem_in_the_callers_language(string query, string title)
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var key = Guid.NewGuid().ToString();
        var response = await factory.CreateClient().SendAsync(GroupCommitTests.Post(id,
            GroupCommitTests.Body("混雑 太郎", $"busy-{key[..8]}@example.jp", "混雑時に送った意見です。"), key, query));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.IdempotencyKey == "api:" + key)));
    }

    [Theory]
    [InlineData("", "ただいま送信が集中しているため、受け付けられませんでした。入力内容は下に残っています。少し待ってからもう一度送信してください。")]
    [InlineData("?culture=en", "Too many submissions are arriving right now, so yours was not accepted yet. What you typed is kept below; please send it again in a moment.")]
    public async Task Form_is_shown_again_with_what_was_typed_and_a_busy_message(string query, string message)
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var html = await client.GetStringAsync($"/rounds/{id}/submit");
        var token = WebUtility.HtmlDecode(FormTokenInput().Match(html).Groups[1].Value);
        var text = $"混雑していても消えないでほしい意見 {Guid.NewGuid():N}";
        var response = await client.PostAsync($"/rounds/{id}/submit{query}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FormToken"] = token, ["Category"] = "Resident", ["Name"] = "混雑 花子", ["Email"] = "konzatsu.form@example.jp",
            ["Opinions[0].Section"] = "general", ["Opinions[0].Text"] = text, ["__RequestVerificationToken"] = HtmlForms.Token(html),
        }));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Contains(WebUtility.HtmlEncode(message), page);
        Assert.Contains(text, page);
        Assert.Contains("value=\"混雑 花子\"", page);
        Assert.Contains("value=\"konzatsu.form@example.jp\"", page);
        // The same one-time token is offered again, so sending the form once more is the same submission.
        Assert.Equal(token, WebUtility.HtmlDecode(FormTokenInput().Match(page).Groups[1].Value));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.Text == text)));
    }

    [Fact]
    public async Task Staff_entry_is_shown_again_with_the_paper_text_and_a_busy_message()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var (_, af, token, _) = await OpenAsync(admin, $"/staff/rounds/{open}/submissions/new");
        var text = $"郵送で届いた意見（混雑時） {Guid.NewGuid():N}";
        var response = await PostAsync(admin, $"/staff/rounds/{open}/submissions/new", af, ("FormToken", token!), ("Channel", "Post"),
            ("ReceivedOn", Today()), ("Category", "Resident"), ("Name", "代理 混雑"), ("Address", "みどり市中央区本町1-2-3"),
            ("Opinions[0].Section", "general"), ("Opinions[0].Text", text));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("ただいま送信が集中しているため、受け付けられませんでした。", page);
        Assert.Contains(text, page);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.Text == text)));
    }
}
