using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>The mailed link (and /me): see, correct, withdraw until the round closes.</summary>
public sealed partial class LifecycleAccessTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenInput();

    private async Task<HttpClient> AdminAsync()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        return admin;
    }

    private Task<Submission> SubmissionAsync(string receipt) =>
        factory.WithDbAsync(db => db.Set<Submission>().Include(s => s.Opinions).FirstAsync(s => s.ReceiptNumber == receipt));

    private Task<int> AuditCountAsync(string action, int submissionId) =>
        factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == action && a.EntityId == submissionId.ToString()));

    [Fact]
    public async Task The_mailed_link_shows_the_submission_and_corrects_it()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "修正できる意見募集");
        var (receipt, path, key) = await SubmissionLinks.SubmitAsync(factory, id, "correct.me@example.jp", "最初に書いた意見です。");
        var client = factory.CreateBrowserClient();
        var page = await client.GetStringAsync($"{path}?key={key}");
        Assert.Contains("最初に書いた意見です。", page);
        Assert.Contains(receipt, page);
        Assert.DoesNotContain("correct.me@example.jp", page);

        var response = await client.PostFormAsync($"{path}?key={key}", $"{path}/correct",
            ("key", key), ("opinions[0].Section", "section-2"), ("opinions[0].Text", "書き直した意見です。"), ("opinions[1].Section", "general"), ("opinions[1].Text", ""));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("修正を保存しました。", await client.GetStringAsync(response.Headers.Location!.ToString()));
        var stored = await SubmissionAsync(receipt);
        Assert.Equal("書き直した意見です。", Assert.Single(stored.Opinions).Text);
        Assert.Equal("section-2", stored.Opinions[0].Section);
        Assert.Equal(1, await AuditCountAsync("submission.corrected", stored.Id));
    }

    [Fact]
    public async Task A_wrong_key_a_missing_key_and_an_unknown_receipt_all_answer_404()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "鍵を確かめる意見募集");
        var (receipt, path, key) = await SubmissionLinks.SubmitAsync(factory, id, "wrong.key@example.jp", "鍵の確認用の意見です。");
        var client = factory.CreateBrowserClient();
        var wrong = await client.GetAsync($"{path}?key={new string('0', key.Length)}");
        var missing = await client.GetAsync(path);
        var unknown = await client.GetAsync($"/rounds/{id}/submissions/pc{id}-zzzz-zzzz?key={key}");
        var otherRound = await client.GetAsync($"/rounds/{id + 1000}/submissions/{receipt.ToLowerInvariant()}?key={key}");
        Assert.All([wrong, missing, unknown, otherRound], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        // The answer does not tell an existing receipt from a made-up one.
        static string WithoutTokens(string html) => Regex.Replace(html, "value=\"[^\"]{40,}\"", "");
        Assert.Equal(WithoutTokens(await unknown.Content.ReadAsStringAsync()), WithoutTokens(await wrong.Content.ReadAsStringAsync()));

        var withdraw = await client.PostFormAsync($"{path}?key={key}", $"{path}/withdraw", ("key", "deadbeef"));
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.Equal(SubmissionStatus.Active, (await SubmissionAsync(receipt)).Status);
    }

    [Fact]
    public async Task Withdrawing_twice_withdraws_once_and_leaves_the_page_read_only()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "取り下げの意見募集");
        var (receipt, path, key) = await SubmissionLinks.SubmitAsync(factory, id, "withdraw.me@example.jp", "取り下げる予定の意見です。");
        var client = factory.CreateBrowserClient();
        var first = await client.PostFormAsync($"{path}?key={key}", $"{path}/withdraw", ("key", key));
        var second = await client.PostFormAsync($"{path}?key={key}", $"{path}/withdraw", ("key", key));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var stored = await SubmissionAsync(receipt);
        Assert.Equal(SubmissionStatus.Withdrawn, stored.Status);
        Assert.Equal(1, await AuditCountAsync("submission.withdrawn", stored.Id));
        var page = await client.GetStringAsync(first.Headers.Location!.ToString());
        Assert.Contains("意見を取り下げました。", page);
        Assert.DoesNotContain("/correct\"", page);
        var correct = await client.PostFormAsync($"{path}?key={key}", $"{path}/correct", ("key", key), ("opinions[0].Text", "取り下げ後の修正"));
        Assert.Equal(HttpStatusCode.Conflict, correct.StatusCode);
        Assert.Contains("取り下げ済み", WebUtility.HtmlDecode(await correct.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_bad_correction_gets_a_message_and_keeps_what_was_typed()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "入力誤りの意見募集");
        var (receipt, path, key) = await SubmissionLinks.SubmitAsync(factory, id, "bad.input@example.jp", "元の意見です。");
        var client = factory.CreateBrowserClient();
        var tooLong = "長" + new string('い', 10_000);
        var response = await client.PostFormAsync($"{path}?key={key}", $"{path}/correct",
            ("key", key), ("opinions[0].Section", "section-1"), ("opinions[0].Text", tooLong), ("opinions[1].Section", "nonexistent"), ("opinions[1].Text", "節が不正な意見"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("意見は10000文字以内で入力してください。", html);
        Assert.Contains(tooLong, html);
        Assert.Contains("節が不正な意見", html);
        Assert.Equal("元の意見です。", Assert.Single((await SubmissionAsync(receipt)).Opinions).Text);
    }

    [Fact]
    public async Task Signed_in_submitters_reach_their_submission_from_me_without_a_key()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "マイページからの意見募集");
        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var formHtml = await resident.GetStringAsync($"/rounds/{id}/submit");
        var token = WebUtility.HtmlDecode(FormTokenInput().Match(formHtml).Groups[1].Value);
        var sent = await resident.PostFormAsync($"/rounds/{id}/submit", $"/rounds/{id}/submit",
            ("FormToken", token), ("Category", "Resident"), ("Name", "区民 一郎"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", "マイページから直します。"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.RoundId == id).Select(s => s.ReceiptNumber).SingleAsync());
        var path = $"/rounds/{id}/submissions/{receipt.ToLowerInvariant()}";
        Assert.Contains(path, await resident.GetStringAsync("/me"));
        Assert.Contains("マイページから直します。", await resident.GetStringAsync(path));
        var withdraw = await resident.PostFormAsync(path, $"{path}/withdraw");
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        Assert.Equal(SubmissionStatus.Withdrawn, (await SubmissionAsync(receipt)).Status);

        var someoneElse = factory.CreateBrowserClient();
        await someoneElse.SignInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task After_the_deadline_the_link_is_read_only_and_changes_are_refused()
    {
        var id = await SubmissionLinks.OpenRoundAsync(factory, await AdminAsync(), "締切後の意見募集");
        var (receipt, path, key) = await SubmissionLinks.SubmitAsync(factory, id, "too.late@example.jp", "締切前に出した意見です。");
        // The person opened the page before the deadline and sends the form after it.
        var client = factory.CreateBrowserClient();
        await client.GetPageAsync($"{path}?key={key}");
        // Move this round's deadline into the past rather than the shared clock, so other tests keep their rounds open.
        await factory.WithDbAsync(async db =>
        {
            var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == id);
            round.ClosesAt = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"{path}?key={key}"));
        Assert.Contains("募集が締め切られたため、修正・取り下げはできません。", page);
        Assert.Contains("締切前に出した意見です。", page);
        Assert.DoesNotContain("/withdraw\"", page);

        var correct = await client.PostFormAsync($"{path}?key={key}", $"{path}/correct", ("key", key), ("opinions[0].Text", "締切後の修正"));
        Assert.Equal(HttpStatusCode.Conflict, correct.StatusCode);
        Assert.Contains("締切後の修正", WebUtility.HtmlDecode(await correct.Content.ReadAsStringAsync()));
        var withdraw = await client.PostFormAsync($"{path}?key={key}", $"{path}/withdraw", ("key", key));
        Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
        var stored = await SubmissionAsync(receipt);
        Assert.Equal(SubmissionStatus.Active, stored.Status);
        Assert.Equal("締切前に出した意見です。", Assert.Single(stored.Opinions).Text);
    }
}
