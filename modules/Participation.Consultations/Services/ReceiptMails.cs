using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Core.Mail;

namespace Participation.Consultations.Services;

/// <summary>Mails the receipt number and the link that lets someone without an account see or withdraw.</summary>
public sealed class ReceiptMails(IMailSender mail, IStringLocalizer t, IHttpContextAccessor http)
{
    public async Task SendReceiptAsync(string email, ConsultationRound round, string receipt, string secret, CancellationToken ct)
    {
        var link = $"{Origin()}/rounds/{round.Id}/submissions/{receipt.ToLowerInvariant()}?key={secret}";
        await mail.SendAsync(new MailMessage(email, t["Submit.Mail.Subject", receipt],
            t["Submit.Mail.Body", round.Title, receipt, link]), ct);
    }

    /// <summary>The results-published mail; sent through the person's notification preference by the caller.</summary>
    public MailMessage ResultsMessage(string email, ConsultationRound round) =>
        new(email, t["Results.Mail.Subject", round.Title], t["Results.Mail.Body", round.Title, $"{Origin()}/rounds/{round.Id}/results"]);

    private string Origin()
    {
        var request = http.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}";
    }
}
