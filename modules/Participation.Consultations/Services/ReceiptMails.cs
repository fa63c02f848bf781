using System.Globalization;
using Microsoft.Extensions.Localization;
using Participation.Consultations.Models;
using Participation.Core.Mail;

namespace Participation.Consultations.Services;

/// <summary>One receipt to mail: the number, and the secret of the link that lets someone without an account see or withdraw.</summary>
/// <param name="Culture">The submitter's language (<c>ja-JP</c>, <c>en</c>); empty: the current one.</param>
/// <param name="Origin">Scheme and host the submitter used; the current request's when not given.</param>
/// <param name="Identity">Stable per outbox row, so a receipt retried after a crash is not mailed twice.</param>
public sealed record ReceiptMail(string Email, ConsultationRound Round, string Receipt, string Secret, string? Culture, string? Origin,
    MailIdentity? Identity = null);

/// <summary>
/// Mails receipts, a whole batch in one call to the sender. The texts are looked up once per language in the batch
/// (not once per mail, switching the thread's culture each time).
/// </summary>
public sealed class ReceiptMails(IMailSender mail, IStringLocalizer t, PublicLinks links)
{
    /// <param name="sent">Hears the index of each receipt mailed (see <see cref="IMailSender.SendManyAsync"/>).</param>
    public Task SendAsync(IReadOnlyList<ReceiptMail> receipts, Action<int>? sent, CancellationToken ct)
    {
        var texts = new Dictionary<string, (string Subject, string Body)>();
        var messages = new List<MailMessage>(receipts.Count);
        foreach (var r in receipts)
        {
            var culture = r.Culture ?? "";
            if (!texts.TryGetValue(culture, out var text)) texts[culture] = text = Texts(culture);
            var link = links.Absolute($"/rounds/{r.Round.Id}/submissions/{r.Receipt.ToLowerInvariant()}?key={r.Secret}", r.Origin);
            messages.Add(new MailMessage(r.Email, string.Format(CultureInfo.InvariantCulture, text.Subject, r.Receipt),
                string.Format(CultureInfo.InvariantCulture, text.Body, r.Round.Title, r.Receipt, link), r.Identity));
        }
        return mail.SendManyAsync(messages, sent, ct);
    }

    private (string Subject, string Body) Texts(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            if (culture.Length > 0) CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return (t["Submit.Mail.Subject"].Value, t["Submit.Mail.Body"].Value);
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}
