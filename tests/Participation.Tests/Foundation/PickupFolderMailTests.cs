using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Core.Files;
using Participation.Core.Mail;

namespace Participation.Tests.Foundation;

/// <summary>The pickup sender's .eml files are standard mail whatever the text: read back with MimeKit, field by field.</summary>
public sealed class PickupFolderMailTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "participation-tests", "mail-" + Guid.NewGuid().ToString("N"));

    private PickupFolderMailSender Sender(string fromName = "みどり市 市民参加ポータル") =>
        new(Options.Create(new MailOptions { FromName = fromName, From = "no-reply@example.jp" }), new AppDataPaths(root));

    private List<(string File, MimeMessage Mail)> Read() =>
        Directory.GetFiles(Path.Combine(root, "mail-pickup")).Order().Select(f => (f, MimeMessage.Load(f))).ToList();

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task A_batch_writes_one_file_per_mail_in_order_with_each_field_intact()
    {
        var messages = Enumerable.Range(0, 12).Select(i => new MailMessage($"batch{i}@example.jp", $"【受付番号 PC1-{i:D4}】ご意見を受け付けました",
            $"一行目 {i}\n\n受付番号：PC1-{i:D4}\nhttps://example.jp/rounds/1/submissions/pc1-{i:D4}?key=abc{i}\n")).ToList();
        var sent = new List<int>();
        await Sender().SendManyAsync(messages, sent.Add);

        Assert.Equal(Enumerable.Range(0, 12), sent);
        // Files are written aside and moved in whole: nothing is left half-way.
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "mail-pickup", ".writing")));
        var mails = Read();
        Assert.Equal(12, mails.Count);
        Assert.Equal(messages.Select(m => m.To).Order(), mails.Select(m => Assert.Single(m.Mail.To.Mailboxes).Address).Order());
        foreach (var (_, mail) in mails)
        {
            var i = int.Parse(Assert.Single(mail.To.Mailboxes).Address[5..].Split('@')[0]);
            Assert.Equal(messages[i].Subject, mail.Subject);
            Assert.Equal(messages[i].TextBody, mail.TextBody);
            var from = Assert.Single(mail.From.Mailboxes);
            Assert.Equal(("みどり市 市民参加ポータル", "no-reply@example.jp"), (from.Name, from.Address));
            Assert.Equal("utf-8", mail.Body.ContentType.Charset, ignoreCase: true);
            Assert.False(string.IsNullOrEmpty(mail.MessageId));
        }
    }

    [Fact]
    public async Task The_raw_file_keeps_the_body_readable_and_headers_within_line_limits()
    {
        var subject = "長い件名🙂" + string.Concat(Enumerable.Repeat("市民参加ポータルからのお知らせ", 6)) + "😀";
        await Sender().SendAsync(new MailMessage("raw@example.jp", subject, "本文 https://example.jp/rounds/3/results\n"));

        var (file, mail) = Assert.Single(Read());
        Assert.Equal(subject, mail.Subject);
        var raw = await File.ReadAllTextAsync(file);
        Assert.Contains("本文 https://example.jp/rounds/3/results\r\n", raw);
        var header = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.All(header.Split("\r\n"), line => Assert.InRange(line.Length, 1, 78));
        Assert.DoesNotContain(header, c => c > 0x7e);
    }

    [Fact]
    public async Task What_the_plain_form_cannot_carry_still_arrives_intact()
    {
        var longLine = string.Concat(Enumerable.Repeat("とても長い行", 200)); // 3,600 bytes of UTF-8 on one line
        await Sender("Portal \"Midori\"").SendManyAsync([
            new MailMessage("\"Taro Shimin\" <taro@example.jp>", "Plain subject", "short\n"),
            new MailMessage("long@example.jp", "長い行", longLine + "\nend\n"),
        ]);

        var mails = Read().Select(m => m.Mail).ToList();
        var named = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "taro@example.jp");
        Assert.Equal("Taro Shimin", named.To.Mailboxes.Single().Name);
        Assert.Equal("Plain subject", named.Subject);
        Assert.Equal("Portal \"Midori\"", named.From.Mailboxes.Single().Name);
        var wide = Assert.Single(mails, m => m.To.Mailboxes.Single().Address == "long@example.jp");
        Assert.Equal("長い行", wide.Subject);
        Assert.Equal(longLine + "\nend\n", wide.TextBody);
    }
    [Fact]
    public async Task A_mail_with_an_identity_sent_again_stays_one_file_with_a_stable_message_id()
    {
        // A receipt retried after a crash (its outbox row processed twice) carries the same identity both times.
        var identity = MailIdentity.For("receipt-outbox:42", new DateTimeOffset(2026, 12, 7, 5, 0, 0, TimeSpan.Zero));
        var receipt = new MailMessage("retry@example.jp", "【受付番号 PC1-0042】ご意見を受け付けました", "受付番号：PC1-0042\n", identity);
        var other = new MailMessage("other@example.jp", "件名", "本文\n");
        await Sender().SendManyAsync([receipt, other]);
        var sent = new List<int>();
        await Sender().SendManyAsync([receipt, other], sent.Add);

        Assert.Equal([0, 1], sent);
        var mails = Read();
        Assert.Equal(3, mails.Count);
        var retried = Assert.Single(mails, m => m.Mail.To.Mailboxes.Single().Address == "retry@example.jp");
        Assert.Equal($"{identity.Id:N}@example.jp", retried.Mail.MessageId);
        Assert.Equal(identity.Created, retried.Mail.Date);
        Assert.Equal($"20261207050000000-{identity.Id:N}.eml", Path.GetFileName(retried.File));
        Assert.Equal(identity, MailIdentity.For("receipt-outbox:42", identity.Created));
        Assert.NotEqual(identity.Id, MailIdentity.For("receipt-outbox:43", identity.Created).Id);
        Assert.Empty(Directory.GetFiles(Path.Combine(root, "mail-pickup", ".writing")));

        // The MimeKit path (a display name in the address) keeps the identity too.
        var named = receipt with { To = "山田 太郎 <named@example.jp>", Identity = MailIdentity.For("receipt-outbox:44", identity.Created) };
        await Sender().SendManyAsync([named, named]);
        var fallback = Assert.Single(Read(), m => m.Mail.To.Mailboxes.Single().Address == "named@example.jp");
        Assert.Equal($"{named.Identity!.Id:N}@example.jp", fallback.Mail.MessageId);
    }
}
