using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Mail;
using Participation.Core.Me;

namespace Participation.Committees.Services.Selecting;

/// <summary>
/// Tells every applicant of a drawn run the result (selected / reserve / not selected) in the language they applied in,
/// marks the applications decided (shown on /me) and adds the selected to the members list (name public only with consent).
/// Each outcome is told once: sending again only reaches applicants whose outcome changed since (a reserve who took a
/// withdrawn member's seat), so a member the secretariat removed meanwhile is not added back and nobody gets the same mail twice.
/// </summary>
public sealed class ResultMailer(ParticipationDbContext db, IMailSender mail, IStringLocalizer t, IAuditLog audit,
    IEnumerable<INotificationPreferences> preferences, IEnumerable<INotificationDigest> digests)
{
    /// <summary>Outcomes with a result mail; a withdrawal is the applicant's own doing and gets none.</summary>
    private static readonly SelectionOutcome[] Told = [SelectionOutcome.Selected, SelectionOutcome.Reserve, SelectionOutcome.NotSelected];

    /// <summary>Applicants told now (by mail, digest or /me) and the mails sent at once; both 0 when everyone already knew.</summary>
    public sealed record Notified(int Told, int Mailed);

    public async Task<Notified> NotifyAsync(SelectionRun run, CancellationToken ct)
    {
        var recruitment = await db.Set<Recruitment>().FirstAsync(r => r.Id == run.RecruitmentId, ct);
        var committee = await db.Set<Committee>().FirstAsync(c => c.Id == recruitment.CommitteeId, ct);
        var ids = run.PoolApplicationIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var applications = await db.Set<Application>().Include(a => a.Contact)
            .Where(a => ids.Contains(a.Id) && Told.Contains(a.Outcome) && a.Outcome != a.NotifiedOutcome).ToListAsync(ct);
        var sent = 0;
        var original = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var a in applications)
            {
                a.Status = ApplicationStatus.Decided;
                a.NotifiedOutcome = a.Outcome;
                if (a.Outcome == SelectionOutcome.Selected && a.Contact is { } c
                    && !await db.Set<CommitteeMember>().AnyAsync(m => m.ApplicationId == a.Id, ct))
                    db.Add(new CommitteeMember { CommitteeId = committee.Id, Name = c.Name, Role = "公募委員", ConsentToPublish = c.ConsentToPublishName, ApplicationId = a.Id });
                if (a.Contact is not { Email.Length: > 0 } contact) continue;
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(contact.Culture == "en" ? "en" : "ja");
                var body = t[$"Secretariat.Mail.{a.Outcome}", contact.Name, committee.Name, a.ReceiptNumber, a.ReserveRank ?? 0];
                // An applicant with an account chose how to hear about their application (at once, digest, or not by mail: /me shows it).
                var delivery = await PersonalNotices.DeliverAsync(preferences, digests, mail, a.UserId, NotificationKinds.CommitteeStatus,
                    new MailMessage(contact.Email, t["Secretariat.Mail.Subject", committee.Name], body), ct);
                if (delivery == NotificationDelivery.Immediate) sent++;
            }
        }
        finally { CultureInfo.CurrentUICulture = original; }
        audit.Record("committee.selection.notified", "selection_run", run.Id.ToString(CultureInfo.InvariantCulture), $"applications={applications.Count} mails={sent}");
        await db.SaveChangesAsync(ct);
        return new Notified(applications.Count, sent);
    }
}
