namespace Participation.Core.Mail;

/// <summary><c>Participation:Mail</c>: SMTP when a host is set, otherwise .eml files in a pickup folder.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "no-reply@example.jp";
    public string FromName { get; set; } = "Participation";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpStartTls { get; set; } = true;
    /// <summary>Folder for .eml files when no SMTP host is set; relative paths are under App_Data.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";
}
