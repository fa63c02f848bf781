using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Participation.Accounts.Models;
using Participation.Core.Data;
using Participation.Core.Identity;
using Participation.Core.Jobs;
using Participation.Core.Localization;
using Participation.Core.Mail;

namespace Participation.Accounts.Services;

/// <summary>
/// The residents' daily digest (07:00 Tokyo): one mail per person with every notice they chose to receive as a
/// digest since the last one, in the language they chose. Notices of people without a confirmed address are kept
/// until they have one; sent notices are marked, so a rerun sends nothing twice.
/// </summary>
public sealed class ResidentDigestJob(ParticipationDbContext db, IMailSender mail, IStringLocalizer t, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var pending = await db.Set<QueuedNotice>().Where(n => n.SentAt == null).OrderBy(n => n.Id).ToListAsync(ct);
        var sent = 0;
        foreach (var group in pending.GroupBy(n => n.UserId))
        {
            var user = await db.Set<AppUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == group.Key, ct);
            if (user is null) { db.RemoveRange(group); continue; }
            if (user.Email is null || !user.EmailConfirmed) continue;
            var notices = group.ToList();
            var message = RecipientCulture.Use(user.PreferredCulture, () =>
            {
                var body = new StringBuilder(t["Digest.Resident.Intro", notices.Count].Value).AppendLine().AppendLine();
                foreach (var n in notices) body.AppendLine("■ " + n.Subject).AppendLine(n.Text.Trim()).AppendLine();
                body.Append(t["Digest.Resident.Footer"].Value);
                return new MailMessage(user.Email, t["Digest.Resident.Subject", notices.Count].Value, body.ToString());
            });
            await mail.SendAsync(message, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var n in group) n.SentAt = now;
            await db.SaveChangesAsync(ct);
            sent++;
        }
        await db.SaveChangesAsync(ct);
        return sent;
    }
}

/// <summary>Registers the daily digest with the job scheduler at start (a hosted service borrows a scope for it).</summary>
public sealed class ResidentDigestSchedule(IServiceScopeFactory scopes) : IHostedService
{
    public const string JobId = "accounts-resident-digest";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<IJobScheduler>().Recurring<ResidentDigestJob>(JobId, j => j.RunAsync(CancellationToken.None), "0 7 * * *");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
