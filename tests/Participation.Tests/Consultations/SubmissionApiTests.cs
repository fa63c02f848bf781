using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations;

public sealed class SubmissionApiTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Valid(string text = "バス停にベンチを設置してください。") =>
        JsonSerializer.Serialize(new { category = "resident", name = "試験 花子", email = "hanako.test@example.jp", opinions = new[] { new { section = "general", text } } });

    [Fact]
    public async Task Open_round_accepts_a_resident_opinion_and_returns_a_receipt()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", Body(Valid("APIからの意見です。")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString()!;
        Assert.StartsWith($"PC{id}-", receipt);
        var (channel, text, name) = await factory.WithDbAsync(async db =>
        {
            var s = await db.Set<Submission>().Include(x => x.Opinions).FirstAsync(x => x.ReceiptNumber == receipt);
            var c = await db.Set<SubmitterContact>().FirstAsync(x => x.SubmissionId == s.Id);
            return (s.Channel, s.Opinions.Single().Text, c.Name);
        });
        Assert.Equal(Channel.Api, channel);
        Assert.Equal("APIからの意見です。", text);
        Assert.Equal("試験 花子", name);
        Assert.NotEmpty(await Intake.Eventually.MailsAsync(factory.MailFolder, "hanako.test@example.jp"));
    }

    [Fact]
    public async Task Retry_with_the_same_idempotency_key_returns_the_same_receipt_and_stores_once()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var key = Guid.NewGuid().ToString();
        string Receipt(HttpResponseMessage r) => JsonDocument.Parse(r.Content.ReadAsStringAsync().Result).RootElement.GetProperty("receipt").GetString()!;
        var requests = Enumerable.Range(0, 3).Select(_ =>
        {
            var m = new HttpRequestMessage(HttpMethod.Post, $"/api/rounds/{id}/submissions") { Content = Body(Valid("冪等性の確認用の意見")) };
            m.Headers.Add("Idempotency-Key", key);
            return client.SendAsync(m);
        }).ToList();
        var responses = await Task.WhenAll(requests);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(Receipt).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.IdempotencyKey == "api:" + key)));
    }

    [Theory]
    [InlineData("{\"category\":\"resident\",\"name\":\"試験\",\"opinions\":[{\"section\":\"general\",\"text\":\"\"}]}", "opinions[0].text")]
    [InlineData("{\"category\":\"alien\",\"name\":\"試験\",\"opinions\":[{\"section\":\"general\",\"text\":\"意見\"}]}", "category")]
    [InlineData("{\"category\":\"resident\",\"opinions\":[{\"section\":\"general\",\"text\":\"意見\"}]}", "name")]
    [InlineData("{\"category\":\"resident\",\"name\":\"試験\",\"email\":\"not-an-address\",\"opinions\":[{\"section\":\"general\",\"text\":\"意見\"}]}", "email")]
    [InlineData("{\"category\":\"resident\",\"name\":\"試験\",\"opinions\":[{\"section\":\"section-99\",\"text\":\"意見\"}]}", "opinions[0].section")]
    [InlineData("{\"category\":\"resident\",\"name\":\"試験\",\"opinions\":[]}", "opinions")]
    public async Task Bad_fields_get_problem_json_with_a_message_per_field(string json, string field)
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", Body(json));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.False(string.IsNullOrWhiteSpace(errors.GetProperty(field)[0].GetString()));
    }

    [Fact]
    public async Task Over_long_text_is_refused_with_the_limit_in_the_message()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", Body(Valid(new string('あ', 10_001))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("10000", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", Body("{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(RoundStatus.Closed)]
    [InlineData(RoundStatus.Announced)]
    [InlineData(RoundStatus.ResultsPublished)]
    public async Task Rounds_that_are_not_open_answer_409(RoundStatus status)
    {
        var id = await RoundIds.OfAsync(factory, status);
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", Body(Valid()));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_round_is_404()
    {
        var response = await factory.CreateClient().PostAsync("/api/rounds/987654/submissions", Body(Valid()));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
