using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations;

public sealed partial class SubmitFormTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [GeneratedRegex("name=\"FormToken\" value=\"([^\"]+)\"")]
    private static partial Regex FormTokenInput();

    [GeneratedRegex("class=\"receipt\">([^<]+)<")]
    private static partial Regex ReceiptText();

    private static async Task<(string Token, string Antiforgery)> OpenFormAsync(HttpClient client, int id)
    {
        var html = await client.GetStringAsync($"/rounds/{id}/submit");
        return (WebUtility.HtmlDecode(FormTokenInput().Match(html).Groups[1].Value), HtmlForms.Token(html));
    }

    private static FormUrlEncodedContent Fields(string antiforgery, params (string Key, string Value)[] fields) =>
        new(fields.Append(("__RequestVerificationToken", antiforgery)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task Form_confirm_send_shows_and_mails_a_receipt_and_double_submit_creates_one_submission()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var (token, af) = await OpenFormAsync(client, id);
        (string, string)[] fields = [("FormToken", token), ("Category", "Resident"), ("Name", "確認 太郎"), ("Email", "kakunin.form@example.jp"),
            ("Opinions[0].Section", "section-4"), ("Opinions[0].Text", "乗継割引を通学定期にも適用してください。"), ("Opinions[1].Section", "general"), ("Opinions[1].Text", "")];

        var confirm = await client.PostAsync($"/rounds/{id}/submit/confirm", Fields(af, fields));
        var confirmHtml = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("入力内容の確認", confirmHtml);
        Assert.Contains("乗継割引を通学定期にも適用してください。", confirmHtml);

        var first = await client.PostAsync($"/rounds/{id}/submit", Fields(af, fields));
        var second = await client.PostAsync($"/rounds/{id}/submit", Fields(af, fields));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var done = await client.GetStringAsync(first.Headers.Location!.ToString());
        var receipt = ReceiptText().Match(done).Groups[1].Value;
        Assert.StartsWith($"PC{id}-", receipt);

        var count = await factory.WithDbAsync(db => db.Set<Submission>().CountAsync(s => s.ReceiptNumber == receipt));
        Assert.Equal(1, count);
        var opinions = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Submission.ReceiptNumber == receipt).ToListAsync());
        Assert.Single(opinions);
        Assert.Equal("section-4", opinions[0].Section);
        Assert.NotEmpty(await Intake.Eventually.MailsAsync(factory.MailFolder, "kakunin.form@example.jp"));
    }

    [Fact]
    public async Task Empty_opinion_gets_a_message_and_keeps_what_was_typed()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var (token, af) = await OpenFormAsync(client, id);
        var response = await client.PostAsync($"/rounds/{id}/submit/confirm", Fields(af,
            ("FormToken", token), ("Category", "Resident"), ("Name", "保持 次郎"), ("Email", "bad-address"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", "")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("意見の内容を入力してください。", html);
        Assert.Contains("メールアドレスの形式が正しくありません。", html);
        Assert.Contains("value=\"保持 次郎\"", html);
        Assert.Contains("value=\"bad-address\"", html);
    }

    [Fact]
    public async Task Over_long_text_is_refused_and_kept()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var (token, af) = await OpenFormAsync(client, id);
        var text = new string('長', 10_001);
        var response = await client.PostAsync($"/rounds/{id}/submit/confirm", Fields(af,
            ("FormToken", token), ("Category", "Resident"), ("Name", "長文 三郎"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", text)));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("10000文字以内", html);
        Assert.Contains(text, html);
    }

    [Fact]
    public async Task Expired_or_forged_form_token_is_refused_and_keeps_text()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var (_, af) = await OpenFormAsync(client, id);
        var response = await client.PostAsync($"/rounds/{id}/submit", Fields(af,
            ("FormToken", "forged"), ("Category", "Resident"), ("Name", "期限 四郎"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", "期限切れでも残る意見")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("有効期限", html);
        Assert.Contains("期限切れでも残る意見", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.Text == "期限切れでも残る意見")));
    }

    [Fact]
    public async Task Closed_round_has_no_form_and_refuses_posts()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Closed);
        var client = factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/rounds/{id}/submit")).StatusCode);
        var open = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var (token, af) = await OpenFormAsync(client, open);
        var response = await client.PostAsync($"/rounds/{id}/submit", Fields(af,
            ("FormToken", token), ("Category", "Resident"), ("Name", "締切 五郎"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", "締切後の意見")));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("締切後の意見", await response.Content.ReadAsStringAsync());
    }
}
