using Microsoft.Extensions.Options;
using MimeKit;
using Participation.Core.Files;

namespace Participation.Core.Mail;

/// <summary>
/// Writes each mail as an .eml file (<c>yyyyMMddHHmmssfff-guid.eml</c>): the default, so a demo or a test can read
/// what was sent. The text is written directly (<see cref="EmlText"/>), one small write per file; MimeKit only for
/// what that simple form cannot carry. A batch checks the folder once. Each file is written under <c>.writing/</c>
/// and then moved into the folder, so whoever reads the folder (a pickup service, a test) never sees half a mail.
/// </summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options, AppDataPaths paths) : IMailSender
{
    private readonly EmlText eml = new(options.Value);
    private const string Writing = ".writing";
    private string? folder;

    public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default) =>
        SendManyAsync([message], null, cancellationToken);

    public async Task SendManyAsync(IReadOnlyList<MailMessage> messages, Action<int>? sent = null, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0) return;
        var target = Folder();
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            cancellationToken.ThrowIfCancellationRequested();
            var keyed = message.Identity is not null;
            var (id, now) = message.Identity is { } identity ? (identity.Id, identity.Created) : (Guid.NewGuid(), DateTimeOffset.UtcNow);
            var name = $"{now.UtcDateTime:yyyyMMddHHmmssfff}-{id:N}.eml";
            var final = Path.Combine(target, name);
            // Two senders of the same identity each write their own draft. A mail with an identity already in the
            // folder was sent before (a retried job): the move finds it there and the draft is dropped. (Not checked
            // before writing: that costs every mail a lookup to spare a rare retry one small write.)
            var draft = Path.Combine(target, Writing, keyed ? $"{name}.{Guid.NewGuid():N}" : name);
            if (eml.TryBuild(message, now, id) is { } bytes) Write(draft, bytes);
            else await MimeMessageFactory.Create(options.Value, message, prepared: true).WriteToAsync(draft, cancellationToken);
            Publish(draft, final, keyed);
            sent?.Invoke(i);
        }
    }

    /// <summary>Created once; again if someone deleted it meanwhile (a test cleaning up, an operator emptying it).</summary>
    private string Folder()
    {
        var path = folder ??= paths.Resolve(options.Value.PickupFolder);
        if (!Directory.Exists(Path.Combine(path, Writing))) Directory.CreateDirectory(Path.Combine(path, Writing));
        return path;
    }

    /// <summary>Moves the finished file in; for a mail with an identity already there (sent before, or by another sender at the same time): keep that one.</summary>
    private static void Publish(string draft, string final, bool keyed)
    {
        if (NoReplaceMove.TryMove(draft, final)) return;
        if (!keyed) throw new IOException($"A mail named {Path.GetFileName(final)} is already in the pickup folder.");
        File.Delete(draft);
    }

    private static void Write(string file, byte[] bytes)
    {
        using var handle = File.OpenHandle(file, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        RandomAccess.Write(handle, bytes, 0);
    }
}
