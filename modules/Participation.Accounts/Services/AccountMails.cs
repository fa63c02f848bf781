using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Participation.Core.Identity;
using Participation.Core.Mail;

namespace Participation.Accounts.Services;

/// <summary>The confirmation and password-reset mails, with links back to this site.</summary>
public sealed class AccountMails(UserManager<AppUser> users, IMailSender mail, IStringLocalizer t, PublicLinks links)
{
    public async Task SendConfirmationAsync(AppUser user, CancellationToken ct)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = links.Absolute($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        await mail.SendAsync(new MailMessage(user.Email!, t["Account.Mail.ConfirmSubject"], t["Account.Mail.ConfirmBody", link]), ct);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken ct)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.Absolute($"/account/reset-password?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        await mail.SendAsync(new MailMessage(user.Email!, t["Account.Mail.ResetSubject"], t["Account.Mail.ResetBody", link]), ct);
    }

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string code)
    {
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
