using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Identity;
using Participation.Core.Me;
using Participation.Core.Text;
using Participation.Tests.Consultations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Me;

public sealed partial class PersonalDataTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenInput();

    [GeneratedRegex("name=\"Ticket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketInput();

    /// <summary>Submits one opinion through the form (as whoever the client is signed in as); returns the receipt.</summary>
    private async Task<string> SubmitAsync(HttpClient client, string name, string email, string text)
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var html = await client.GetStringAsync($"/rounds/{id}/submit");
        var token = WebUtility.HtmlDecode(FormTokenInput().Match(html).Groups[1].Value);
        var response = await client.PostAsync($"/rounds/{id}/submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["FormToken"] = token, ["Category"] = "Resident", ["Name"] = name, ["Email"] = email,
            ["Opinions[0].Section"] = "general", ["Opinions[0].Text"] = text,
            ["__RequestVerificationToken"] = HtmlForms.Token(html),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Uri.UnescapeDataString(response.Headers.Location!.ToString().Split("receipt=")[1]);
    }

    [Fact]
    public async Task Export_as_json_and_csv_holds_my_submission_and_not_someone_elses()
    {
        var (_, email) = await MeUsers.CreateResidentAsync(factory, "書出 一郎");
        var me = factory.CreateBrowserClient();
        await me.SignInAsync(email, MeUsers.Password);
        var mine = await SubmitAsync(me, "書出 一郎", email, "自分の意見：駐輪場を増やしてください。");
        var other = await SubmitAsync(factory.CreateBrowserClient(), "他人 二郎", "tanin@example.jp", "他人の意見：公園の照明を明るく。");

        var json = await me.GetAsync("/me/data/export.json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.StartsWith("application/json", json.Content.Headers.ContentType!.ToString());
        using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var sections = doc.RootElement.GetProperty("sections");
        Assert.Equal(email, sections.GetProperty("accounts.profile")[0].GetProperty("email").GetString());
        Assert.Equal("書出 一郎", sections.GetProperty("accounts.profile")[0].GetProperty("display_name").GetString());
        var submissions = sections.GetProperty("consultations.submissions").EnumerateArray().ToList();
        Assert.Equal(mine, Assert.Single(submissions).GetProperty("receipt_number").GetString());
        Assert.Equal(email, submissions[0].GetProperty("email").GetString());
        var opinion = Assert.Single(sections.GetProperty("consultations.opinions").EnumerateArray());
        Assert.Equal("自分の意見：駐輪場を増やしてください。", opinion.GetProperty("text").GetString());
        var text = doc.RootElement.GetRawText();
        Assert.DoesNotContain(other, text);
        Assert.DoesNotContain("他人の意見", text);
        Assert.True(sections.TryGetProperty("committees.applications", out _));
        Assert.True(sections.TryGetProperty("wards.threads", out _));

        var csv = await me.GetAsync("/me/data/export.csv");
        Assert.StartsWith("text/csv", csv.Content.Headers.ContentType!.ToString());
        var rows = Csv.Parse(await csv.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "section", "row", "field", "value" }, rows[0]);
        Assert.Contains(rows, r => r[0] == "consultations.opinions" && r[2] == "text" && r[3] == "自分の意見：駐輪場を増やしてください。");
        Assert.DoesNotContain(rows, r => r[3].Contains("他人の意見"));

        var audits = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.Action == "user.data-exported").ToListAsync());
        Assert.Contains(audits, a => a.Details == "format=json");
        Assert.DoesNotContain(audits, a => (a.Details ?? "").Contains('@'));
    }

    [Fact]
    public async Task Export_needs_sign_in()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/me/data/export.json");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Delete_with_wrong_password_is_refused_with_a_message_and_nothing_changes()
    {
        var (id, email) = await MeUsers.CreateResidentAsync(factory);
        var me = factory.CreateBrowserClient();
        await me.SignInAsync(email, MeUsers.Password);
        var response = await me.PostFormAsync("/me/data/delete", "/me/data/delete", ("Password", "not-my-password"), ("Understand", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("パスワードが正しくありません。", html);
        Assert.Contains("checked", html);
        Assert.True(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Id == id)));

        var unticked = await me.PostFormAsync("/me/data/delete", "/me/data/delete", ("Password", MeUsers.Password));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unticked.StatusCode);
        Assert.Contains("元に戻せないことの確認が必要です。", await unticked.Content.ReadAsStringAsync());

        var forged = await me.PostFormAsync("/me/data", "/me/data/delete/confirm", ("Ticket", "forged"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Delete_erases_contact_keeps_published_text_anonymised_and_the_account_cannot_sign_in()
    {
        var (id, email) = await MeUsers.CreateResidentAsync(factory, "削除 三郎");
        var me = factory.CreateBrowserClient();
        await me.SignInAsync(email, MeUsers.Password);
        var receipt = await SubmitAsync(me, "削除 三郎", email, "バス停に屋根を。連絡先は090-1234-5678です。");

        var step1 = await me.PostFormAsync("/me/data/delete", "/me/data/delete", ("Password", MeUsers.Password), ("Understand", "true"));
        Assert.Equal(HttpStatusCode.OK, step1.StatusCode);
        var confirmHtml = await step1.Content.ReadAsStringAsync();
        Assert.Contains("本当にアカウントを削除しますか", confirmHtml);
        var ticket = WebUtility.HtmlDecode(TicketInput().Match(confirmHtml).Groups[1].Value);
        var step2 = await me.PostAsync("/me/data/delete/confirm", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["Ticket"] = ticket, ["__RequestVerificationToken"] = HtmlForms.Token(confirmHtml) }));
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.Equal("/me/data/deleted", step2.Headers.Location!.ToString());

        Assert.False(await factory.WithDbAsync(db => db.Set<AppUser>().AnyAsync(u => u.Id == id || u.Email == email)));
        var submission = await factory.WithDbAsync(db => db.Set<Submission>().Include(s => s.Opinions).SingleAsync(s => s.ReceiptNumber == receipt));
        Assert.Null(submission.UserId);
        Assert.False(await factory.WithDbAsync(db => db.Set<SubmitterContact>().AnyAsync(c => c.SubmissionId == submission.Id)));
        var opinion = Assert.Single(submission.Opinions);
        Assert.Contains("バス停に屋根を。", opinion.Text);
        Assert.DoesNotContain("090-1234-5678", opinion.Text);

        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.Action == "user.erased" && a.EntityId == id));
        Assert.DoesNotContain(email, audit.Details ?? "");
        Assert.DoesNotContain("削除", audit.Details ?? "");

        // Signed out, and the account is gone.
        Assert.Equal(HttpStatusCode.Redirect, (await me.GetAsync("/me")).StatusCode);
        var login = await factory.CreateBrowserClient().PostFormAsync("/account/login", "/account/login", ("Email", email), ("Password", MeUsers.Password));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("メールアドレスまたはパスワードが正しくありません。", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Profile_correction_saves_and_bad_input_keeps_what_was_typed()
    {
        var (id, email) = await MeUsers.CreateResidentAsync(factory, "訂正 前");
        var me = factory.CreateBrowserClient();
        await me.SignInAsync(email, MeUsers.Password);
        var ok = await me.PostFormAsync("/me/data", "/me/data/profile", ("Profile.DisplayName", "訂正 後"), ("Profile.PreferredCulture", "en"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var user = await factory.WithDbAsync(db => db.Set<AppUser>().SingleAsync(u => u.Id == id));
        Assert.Equal("訂正 後", user.DisplayName);
        Assert.Equal("en", user.PreferredCulture);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.Action == "user.profile-corrected" && a.EntityId == id));
        Assert.Equal("fields=display_name,preferred_language", audit.Details);

        var bad = await me.PostFormAsync("/me/data", "/me/data/profile", ("Profile.DisplayName", new string('長', 51)), ("Profile.PreferredCulture", "ja"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("field-error", html);
        Assert.Contains(new string('長', 51), html);
    }

    [Fact]
    public async Task Notification_preferences_are_stored_and_answered_through_the_core_service()
    {
        var (id, email) = await MeUsers.CreateResidentAsync(factory);
        var me = factory.CreateBrowserClient();
        await me.SignInAsync(email, MeUsers.Password);
        var page = await me.GetStringAsync("/me/notifications");
        Assert.Contains("name=\"results-published\" value=\"immediate\" checked", page);
        var saved = await me.PostFormAsync("/me/notifications", "/me/notifications",
            (NotificationKinds.ResultsPublished, "digest"), (NotificationKinds.FollowedThreads, "none"), (NotificationKinds.CommitteeStatus, "immediate"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var scope = factory.Services.CreateScope();
        var prefs = scope.ServiceProvider.GetRequiredService<INotificationPreferences>();
        Assert.Equal(NotificationDelivery.Digest, await prefs.GetAsync(id, NotificationKinds.ResultsPublished));
        Assert.False(await prefs.WantsImmediateAsync(id, NotificationKinds.FollowedThreads));
        Assert.True(await prefs.WantsImmediateAsync(id, NotificationKinds.CommitteeStatus));
        Assert.True(await prefs.WantsImmediateAsync("someone-who-never-chose", NotificationKinds.CommitteeStatus));
        Assert.Contains("name=\"followed-threads\" value=\"none\" checked", await me.GetStringAsync("/me/notifications"));
    }
}
