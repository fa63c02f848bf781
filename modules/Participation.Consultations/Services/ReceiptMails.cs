using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Core.Mail;

namespace Participation.Consultations.Services;

/// <summary>Mails the receipt number and the link that lets someone without an account see or withdraw.</summary>
public sealed class ReceiptMails(IMailSender mail, IStringLocalizer t, IHttpContextAccessor http)
{
    /// <param name="origin">Scheme and host the submitter used; the current request's when not given.</param>
    public async Task SendReceiptAsync(string email, ConsultationRound round, string receipt, string secret, CancellationToken ct, string? origin = null)
    {
        var link = $"{origin ?? Origin()}/rounds/{round.Id}/submissions/{receipt.ToLowerInvariant()}?key={secret}";
        await mail.SendAsync(new MailMessage(email, t["Submit.Mail.Subject", receipt],
            t["Submit.Mail.Body", round.Title, receipt, link]), ct);
    }

    public async Task SendResultsAsync(string email, ConsultationRound round, CancellationToken ct)
    {
        var link = $"{Origin()}/rounds/{round.Id}/results";
        await mail.SendAsync(new MailMessage(email, t["Results.Mail.Subject", round.Title], t["Results.Mail.Body", round.Title, link]), ct);
    }

    public string Origin()
    {
        var request = http.HttpContext?.Request;
        return request is null ? "" : $"{request.Scheme}://{request.Host}";
    }
}
