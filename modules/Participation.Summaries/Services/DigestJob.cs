using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Mail;
using Participation.Summaries.Models;

namespace Participation.Summaries.Services;

/// <summary>
/// The weekly digest (a Hangfire recurring job): one plain-text mail per subscribed councillor, in the
/// language they chose, from the staff-edited template. A broken template sends nothing and is logged.
/// </summary>
public sealed class DigestJob(ParticipationDbContext db, DigestContent content, DigestTemplates templates, DigestRenderer renderer,
    IMailSender mail, TimeProvider clock, ILogger<DigestJob> log)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var subs = await db.Set<DigestSubscription>().Where(s => s.Enabled).ToListAsync(ct);
        var sent = 0;
        foreach (var sub in subs)
        {
            var user = await db.Set<AppUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == sub.UserId, ct);
            if (user?.Email is null) continue;
            var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(user.PreferredCulture == "en" ? "en" : "ja-JP");
                var since = sub.LastSentAt ?? now.AddDays(-7);
                var model = await content.BuildAsync(sub, user.DisplayName ?? "", since, now, ct);
                var (subjectTemplate, bodyTemplate) = await templates.CurrentAsync(ct);
                var subject = renderer.Render(subjectTemplate, model);
                var body = renderer.Render(bodyTemplate, model);
                if (subject.Text is null || body.Text is null)
                {
                    log.LogWarning("Digest template is broken: {Error}", subject.Error ?? body.Error);
                    return sent;
                }
                await mail.SendAsync(new MailMessage(user.Email, subject.Text.ReplaceLineEndings(" ").Trim(), body.Text), ct);
                sub.LastSentAt = now;
                sent++;
            }
            finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous; }
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}
