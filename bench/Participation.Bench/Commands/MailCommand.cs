using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Core.Files;
using Participation.Core.Mail;

namespace Participation.Bench.Commands;

/// <summary>
/// <c>mail [--count N] [--dir DIR]</c>: CPU per receipt mail in pickup-folder mode — one MimeKit message written
/// per mail (the former way) against the pickup sender's batch — in microseconds of process CPU per mail.
/// </summary>
public sealed class MailCommand : IBenchCommand
{
    public string Name => "mail";
    public string Usage => "[--count N] [--dir DIR]   µs of CPU per receipt mail written to a pickup folder";

    public async Task<int> RunAsync(BenchArgs args)
    {
        var count = args.Int("count") ?? 5000;
        var root = args.Optional("dir") ?? Path.Combine(Path.GetTempPath(), "participation-bench-mail-" + Guid.NewGuid().ToString("N"));
        var options = new MailOptions { FromName = "みどり市 市民参加ポータル", From = "no-reply@example.jp" };
        var messages = Enumerable.Range(0, count).Select(i => new MailMessage($"resident{i}@example.jp", $"【受付番号 PC1-{i:D4}-ABCD】ご意見を受け付けました",
            $"「みどり市地域公共交通計画（案）への意見募集」へのご意見を受け付けました。\n\n受付番号：PC1-{i:D4}-ABCD\n\n" +
            $"締切までは次のリンクから内容の確認・取り下げができます。\nhttp://127.0.0.1:5600/rounds/1/submissions/pc1-{i:D4}-abcd?key={Guid.NewGuid():N}\n\n" +
            "このメールに心当たりのない場合は破棄してください。\n")).ToList();
        try
        {
            var mimeFolder = Directory.CreateDirectory(Path.Combine(root, "mimekit")).FullName;
            await MimeKitAsync(options, messages.Take(200).ToList(), Path.Combine(root, "warm-mimekit")); // JIT warm-up
            var mimeKit = await CpuMicrosPerMailAsync(count, () => MimeKitAsync(options, messages, mimeFolder));

            var sender = new PickupFolderMailSender(Options.Create(options), new AppDataPaths(root));
            var warm = new PickupFolderMailSender(Options.Create(new MailOptions { FromName = options.FromName, PickupFolder = "warm" }), new AppDataPaths(root));
            await warm.SendManyAsync(messages.Take(200).ToList());
            var batch = await CpuMicrosPerMailAsync(count, () => sender.SendManyAsync(messages));
            var files = Directory.GetFiles(Path.Combine(root, options.PickupFolder)).Length;
            Console.WriteLine(JsonSerializer.Serialize(new { count, mimekit_cpu_us_per_mail = mimeKit, pickup_cpu_us_per_mail = batch, files }));
            return files == count ? 0 : 1;
        }
        finally
        {
            if (args.Optional("dir") is null) Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<double> CpuMicrosPerMailAsync(int count, Func<Task> work)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds / count;
    }

    private static async Task MimeKitAsync(MailOptions options, IReadOnlyList<MailMessage> messages, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var message in messages)
        {
            var mime = new MimeMessage();
            mime.From.Add(new MailboxAddress(options.FromName, options.From));
            mime.To.Add(MailboxAddress.Parse(message.To));
            mime.Subject = message.Subject;
            mime.Body = new TextPart("plain") { Text = message.TextBody };
            await mime.WriteToAsync(Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml"));
        }
    }
}
