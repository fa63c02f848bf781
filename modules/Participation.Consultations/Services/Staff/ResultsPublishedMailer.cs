using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Events;
using Participation.Core.Mail;
using Participation.Core.Me;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// Tells every submitter who left an e-mail address that the results are out, with the results link.
/// One mail per address (a person who sent several submissions gets one). Rounds have no followers yet;
/// when a follow exists it adds its addresses here.
/// </summary>
public sealed class ResultsPublishedMailer(ParticipationDbContext db, ReceiptMails mails, IMailSender mail,
    IEnumerable<INotificationPreferences> preferences, IEnumerable<INotificationDigest> digests) : IDomainEventHandler<RoundResultsPublished>
{
    public async Task HandleAsync(RoundResultsPublished e, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == e.RoundId, ct);
        var addresses = await (from c in db.Set<SubmitterContact>()
                               join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                               where s.RoundId == e.RoundId && s.Status == SubmissionStatus.Active && c.Email != null
                               select new { Email = c.Email!, s.UserId }).ToListAsync(ct);
        // Submitters with an account get the mail as they chose (at once, in the daily digest, or none); others at once.
        foreach (var person in addresses.GroupBy(a => a.Email.Trim(), StringComparer.OrdinalIgnoreCase))
            await PersonalNotices.DeliverAsync(preferences, digests, mail, person.Select(p => p.UserId).FirstOrDefault(u => u != null),
                NotificationKinds.ResultsPublished, mails.ResultsMessage(person.Key, round), ct);
    }
}
