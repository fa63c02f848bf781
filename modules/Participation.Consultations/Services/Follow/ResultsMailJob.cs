using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Localization;
using Participation.Core.Mail;
using Participation.Core.Me;

namespace Participation.Consultations.Services.Follow;

/// <summary>
/// The "results are published" mails, sent by a background job so a round with thousands of submitters does not
/// hold the publishing request. Idempotent: each address is recorded (hashed) before its mail goes, so a re-run or
/// a retried job mails nobody twice; a mail that fails is un-recorded, so the next run tries it again.
/// People with an account get it as they chose (at once, in the daily digest, or not at all: <see cref="PersonalNotices"/>).
/// </summary>
public sealed class ResultsMailJob(ParticipationDbContext db, ResultsRecipients recipients, IEnumerable<INotificationPreferences> preferences,
    IEnumerable<INotificationDigest> digests, IMailSender mail, IStringLocalizer t, PublicLinks links, TimeProvider clock, ILogger<ResultsMailJob> log)
{
    /// <param name="origin">The site's address as seen by the publishing request (used when no public base URL is configured).</param>
    public async Task SendAsync(int roundId, string? origin)
    {
        var ct = CancellationToken.None;
        var round = await db.Set<ConsultationRound>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null || round.Status != RoundStatus.ResultsPublished) return;
        var link = links.Absolute($"/rounds/{round.Id}/results", origin);
        var done = (await db.Set<ResultsNotice>().AsNoTracking().Where(n => n.RoundId == roundId).Select(n => n.RecipientHash).ToListAsync(ct)).ToHashSet();
        foreach (var r in await recipients.ForRoundAsync(roundId, ct))
        {
            var hash = Hash(r.Email);
            if (done.Contains(hash)) continue;
            var notice = new ResultsNotice { RoundId = roundId, RecipientHash = hash, SentAt = clock.GetUtcNow().UtcDateTime };
            db.Add(notice);
            await db.SaveChangesAsync(ct);
            var (subject, body) = RecipientCulture.Use(r.Culture, () => (t["Results.Mail.Subject", round.Title].Value,
                t[r.Follower ? "RoundFollow.Mail.Body" : "Results.Mail.Body", round.Title, link].Value));
            try
            {
                await PersonalNotices.DeliverAsync(preferences, digests, mail, r.UserId, NotificationKinds.ResultsPublished,
                    new MailMessage(r.Email, subject, body), ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "Results notice for round {RoundId} could not be sent", roundId);
                db.Remove(notice);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private static string Hash(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
}
