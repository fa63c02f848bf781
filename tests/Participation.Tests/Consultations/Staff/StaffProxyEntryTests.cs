using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.Staff;

/// <summary>Staff entry of paper, FAX, phone, e-mail and counter submissions, and the printable 受付票.</summary>
public sealed class StaffProxyEntryTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private static (string, string)[] Fields(string token, string channel, string receivedOn, string name, string text) =>
    [
        ("FormToken", token), ("Channel", channel), ("ReceivedOn", receivedOn), ("Category", "Resident"), ("Name", name),
        ("Address", "みどり市中央区本町1-2-3"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", text),
        ("Opinions[1].Section", "section-2"), ("Opinions[1].Text", ""),
    ];

    [Theory]
    [InlineData("Post")]
    [InlineData("Fax")]
    [InlineData("Phone")]
    [InlineData("Counter")]
    [InlineData("Email")]
    public async Task Each_channel_gets_a_receipt_records_the_staff_member_and_is_audited(string channel)
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var (_, af, token, _) = await OpenAsync(admin, $"/staff/rounds/{open}/submissions/new");
        var response = await PostAsync(admin, $"/staff/rounds/{open}/submissions/new", af,
            Fields(token!, channel, Today(), $"代理 {channel}", $"{channel}で届いた意見です。バスの増便を希望します。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"/staff/rounds/{open}/submissions/pc{open}-", location);

        var adminId = await UserIdAsync(factory, Admin);
        var saved = await factory.WithDbAsync(db => db.Set<Submission>().Include(s => s.Opinions)
            .FirstAsync(s => s.RoundId == open && s.Opinions.Any(o => o.Text == $"{channel}で届いた意見です。バスの増便を希望します。")));
        Assert.Equal(Enum.Parse<Channel>(channel), saved.Channel);
        Assert.Equal(adminId, saved.EnteredBy);
        Assert.Single(saved.Opinions);
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a =>
            a.Action == "submission.entered-by-staff" && a.EntityId == saved.Id.ToString() && a.UserId == adminId)));

        var page = await admin.GetStringAsync(location);
        Assert.Contains(saved.ReceiptNumber, page);
        Assert.Contains("letter.pdf", page);
    }

    [Fact]
    public async Task A_double_submit_records_one_submission()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var chuo = await SignedInAsync(factory, Chuo);
        var (_, af, token, _) = await OpenAsync(chuo, $"/staff/rounds/{open}/submissions/new");
        var fields = Fields(token!, "Counter", Today(), "二重 送信", "窓口で二度押された意見です。");
        var first = await PostAsync(chuo, $"/staff/rounds/{open}/submissions/new", af, fields);
        var second = await PostAsync(chuo, $"/staff/rounds/{open}/submissions/new", af, fields);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.Text == "窓口で二度押された意見です。")));
    }

    [Fact]
    public async Task Bad_input_gets_messages_and_keeps_what_was_typed()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var (_, af, token, _) = await OpenAsync(admin, $"/staff/rounds/{open}/submissions/new");
        var future = DateOnly.Parse(Today()).AddDays(3).ToString("yyyy-MM-dd");
        var response = await PostAsync(admin, $"/staff/rounds/{open}/submissions/new", af,
            ("FormToken", token!), ("Channel", "Fax"), ("ReceivedOn", future), ("Category", "Resident"), ("Name", "保持 花子"),
            ("Email", "not-an-address"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", "残っているべき本文"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("受付日に未来の日付は入力できません。", html);
        Assert.Contains("value=\"保持 花子\"", html);
        Assert.Contains("残っているべき本文", html);

        var empty = await PostAsync(admin, $"/staff/rounds/{open}/submissions/new", af,
            ("FormToken", token!), ("Channel", "Fax"), ("ReceivedOn", Today()), ("Category", "Resident"), ("Name", "保持 花子"),
            ("Email", "not-an-address"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", ""));
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("意見の内容を入力してください。", emptyHtml);
        Assert.Contains("メールアドレスの形式が正しくありません。", emptyHtml);
        Assert.Contains("value=\"not-an-address\"", emptyHtml);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.Text == "残っているべき本文")));
    }

    [Fact]
    public async Task Paper_after_the_close_is_taken_within_the_grace_days_and_not_before_the_opening()
    {
        var closed = await RoundAsync(factory, RoundStatus.Closed);   // demo: closed five days ago
        var kita = await SignedInAsync(factory, Kita);
        var (_, af, token, _) = await OpenAsync(kita, $"/staff/rounds/{closed}/submissions/new");
        var tooEarly = DateOnly.Parse(Today()).AddDays(-60).ToString("yyyy-MM-dd");
        var early = await PostAsync(kita, $"/staff/rounds/{closed}/submissions/new", af, Fields(token!, "Post", tooEarly, "郵送 一郎", "募集前の日付の郵便"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("受付日は", await early.Content.ReadAsStringAsync());

        var late = DateOnly.Parse(Today()).AddDays(-2).ToString("yyyy-MM-dd");
        var ok = await PostAsync(kita, $"/staff/rounds/{closed}/submissions/new", af, Fields(token!, "Post", late, "郵送 一郎", "締切日消印の郵便で届いた意見です。"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task Receipt_letter_is_a_pdf_with_the_receipt_number()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var chuo = await SignedInAsync(factory, Chuo);
        var (_, af, token, _) = await OpenAsync(chuo, $"/staff/rounds/{open}/submissions/new");
        var response = await PostAsync(chuo, $"/staff/rounds/{open}/submissions/new", af, Fields(token!, "Post", Today(), "受付 票子", "受付票の確認用の意見です。"));
        var location = response.Headers.Location!.ToString().Split('?')[0];
        var receipt = location.Split('/').Last().ToUpperInvariant();

        var pdf = await chuo.GetAsync(location + "/letter.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText(bytes);
        Assert.Contains(receipt, text);
        Assert.Contains("受付票", text);
        Assert.Contains("受付 票子", text);   // the staff member who typed it in addresses the letter
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally { File.Delete(path); }
    }
}
