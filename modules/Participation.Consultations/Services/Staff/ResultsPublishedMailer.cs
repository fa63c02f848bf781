using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Events;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// Tells every submitter who left an e-mail address that the results are out, with the results link.
/// One mail per address (a person who sent several submissions gets one). Rounds have no followers yet;
/// when a follow exists it adds its addresses here.
/// </summary>
public sealed class ResultsPublishedMailer(ParticipationDbContext db, ReceiptMails mails) : IDomainEventHandler<RoundResultsPublished>
{
    public async Task HandleAsync(RoundResultsPublished e, CancellationToken ct)
    {
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == e.RoundId, ct);
        var addresses = await (from c in db.Set<SubmitterContact>()
                               join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                               where s.RoundId == e.RoundId && s.Status == SubmissionStatus.Active && c.Email != null
                               select c.Email!).ToListAsync(ct);
        foreach (var email in addresses.Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
            await mails.SendResultsAsync(email, round, ct);
    }
}
