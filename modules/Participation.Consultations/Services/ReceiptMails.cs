using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Core.Mail;

namespace Participation.Consultations.Services;

/// <summary>Mails the receipt number and the link that lets someone without an account see or withdraw.</summary>
public sealed class ReceiptMails(IMailSender mail, IStringLocalizer t, PublicLinks links)
{
    /// <param name="origin">Scheme and host the submitter used; the current request's when not given.</param>
    public async Task SendReceiptAsync(string email, ConsultationRound round, string receipt, string secret, CancellationToken ct, string? origin = null)
    {
        var link = links.Absolute($"/rounds/{round.Id}/submissions/{receipt.ToLowerInvariant()}?key={secret}", origin);
        await mail.SendAsync(new MailMessage(email, t["Submit.Mail.Subject", receipt],
            t["Submit.Mail.Body", round.Title, receipt, link]), ct);
    }
}
