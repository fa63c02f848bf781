using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>Sets up an open round and submits to it, returning the link the receipt mail carries.</summary>
public static partial class SubmissionLinks
{
    [GeneratedRegex(@"(/rounds/\d+/submissions/[a-z0-9-]+)\?key=([0-9a-f]+)")]
    private static partial Regex MailedLink();

    public static async Task<int> OpenRoundAsync(LifecycleSiteFactory factory, HttpClient admin, string title)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var id = await RoundSetupForms.CreateAsync(admin, RoundSetupForms.Fields(null, now.AddHours(-1), 30, title: title));
        await admin.PostFormAsync($"/staff/rounds/{id}/edit", $"/staff/rounds/{id}/announce");
        return id;
    }

    /// <summary>Submits through the API with an e-mail; returns (receipt, path, key) from the mailed link.</summary>
    public static async Task<(string Receipt, string Path, string Key)> SubmitAsync(LifecycleSiteFactory factory, int roundId, string email, string text)
    {
        var body = JsonSerializer.Serialize(new { category = "resident", name = "確認 次郎", email, opinions = new[] { new { section = "section-1", text } } });
        var response = await factory.CreateClient().PostAsync($"/api/rounds/{roundId}/submissions", new StringContent(body, Encoding.UTF8, "application/json"));
        if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
        var receipt = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetString()!;
        var mails = await Intake.Eventually.ValueAsync(() => Task.FromResult(Mails.In(factory.MailFolder).Where(m => m.To.Contains(email)).ToList()), m => m.Count > 0);
        var mail = mails.Single();
        var link = MailedLink().Match(mail.Body);
        Assert.True(link.Success, mail.Body);
        Assert.Contains(receipt.ToLowerInvariant(), link.Groups[1].Value);
        return (receipt, link.Groups[1].Value, link.Groups[2].Value);
    }
}
