using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Participation.Consultations.Models;

namespace Participation.Tests.Consultations.Intake;

/// <summary>Receipt mails in the pickup folder: one standard .eml file per submission, whatever the batch, in the submitter's language.</summary>
public sealed class ReceiptMailFileTests(IntakeSiteFactory factory) : IClassFixture<IntakeSiteFactory>
{
    private List<MimeMessage> MailsTo(string marker) =>
        Eventually.Read(factory.MailFolder, marker).Select(text => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))).ToList();

    [Fact]
    public async Task A_batch_of_submissions_gives_one_parseable_mail_each_with_receipt_and_a_working_link()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var title = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id).Select(r => r.Title).SingleAsync());
        var client = factory.CreateClient();
        var run = Guid.NewGuid().ToString("N")[..8];
        var emails = Enumerable.Range(0, 25).Select(i => $"mailfile-{run}-{i}@example.jp").ToList();
        var responses = await Task.WhenAll(emails.Select(e => client.SendAsync(GroupCommitTests.Post(id, GroupCommitTests.Body("受領 一郎", e), key: "m-" + e))));
        var receipts = new Dictionary<string, string>();
        for (var i = 0; i < emails.Count; i++) receipts[emails[i]] = await GroupCommitTests.ReceiptAsync(responses[i]);

        await Eventually.MailsAsync(factory.MailFolder, $"mailfile-{run}-", atLeast: emails.Count);
        var mails = MailsTo($"mailfile-{run}-");
        Assert.Equal(emails.Count, mails.Count);
        Assert.All(Directory.GetFiles(factory.MailFolder).Where(f => File.ReadAllText(f).Contains($"mailfile-{run}-")),
            f => Assert.Matches(@"^\d{17}-[0-9a-f]{32}\.eml$", Path.GetFileName(f)));
        foreach (var mail in mails)
        {
            var to = Assert.Single(mail.To.Mailboxes).Address;
            var receipt = receipts[to];
            Assert.Equal($"【受付番号 {receipt}】ご意見を受け付けました", mail.Subject);
            Assert.Equal("no-reply@example.jp", Assert.Single(mail.From.Mailboxes).Address);
            Assert.Contains($"「{title}」へのご意見を受け付けました。", mail.TextBody);
            Assert.Contains($"受付番号：{receipt}", mail.TextBody);
            var link = mail.TextBody.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("http", StringComparison.Ordinal));
            Assert.StartsWith($"http://localhost/rounds/{id}/submissions/{receipt.ToLowerInvariant()}?key=", link);
            // The link is the one that lets the submitter see the submission without an account.
            var page = await client.GetAsync(new Uri(link).PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(receipt, await page.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_submission_in_english_gets_its_receipt_mail_in_english()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var email = $"mailfile-en-{Guid.NewGuid():N}@example.jp";
        var response = await factory.CreateClient().SendAsync(GroupCommitTests.Post(id, GroupCommitTests.Body("Receipt Reader", email), query: "?culture=en"));
        var receipt = await GroupCommitTests.ReceiptAsync(response);

        await Eventually.MailsAsync(factory.MailFolder, email);
        var mail = Assert.Single(MailsTo(email));
        Assert.Equal($"[Receipt {receipt}] Your opinion was received", mail.Subject);
        Assert.Contains($"Receipt: {receipt}", mail.TextBody);
        Assert.Contains($"/rounds/{id}/submissions/{receipt.ToLowerInvariant()}?key=", mail.TextBody);
    }
}
