using Microsoft.Extensions.Options;
using Participation.Core.Files;

namespace Participation.Core.Mail;

/// <summary>Writes each mail as an .eml file: the default, so a demo or a test can read what was sent.</summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options, AppDataPaths paths) : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = paths.Resolve(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var mime = MimeMessageFactory.Create(options.Value, message);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await mime.WriteToAsync(file, cancellationToken);
    }
}
