using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Accounts.Models;
using Participation.Accounts.Services;
using Participation.Core.Identity;
using Participation.Core.Mail;
using Participation.Core.Me;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>
/// Notices go out as each person chose on /me/notifications: at once, collected into the daily digest, or not by
/// mail. (Kept beside the councillor digest tests: both are digests.)
/// </summary>
public sealed class ResidentDigestTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private const string Password = "Digest-password-2026";

    private async Task<string> ResidentAsync(string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "通知 太郎" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Resident);
        return user.Id;
    }

    private async Task<NotificationDelivery> NotifyAsync(string? userId, string email, string kind, string subject)
    {
        using var scope = factory.Services.CreateScope();
        var sp = scope.ServiceProvider;
        return await PersonalNotices.DeliverAsync(sp.GetServices<INotificationPreferences>(), sp.GetServices<INotificationDigest>(),
            sp.GetRequiredService<IMailSender>(), userId, kind, new MailMessage(email, subject, "本文 https://example.jp/rounds/1/results"), CancellationToken.None);
    }

    private string[] MailsTo(string email) => Directory.Exists(factory.MailFolder)
        ? Directory.GetFiles(factory.MailFolder, "*.eml").Where(f => File.ReadAllText(f).Contains(email)).ToArray() : [];

    [Fact]
    public async Task Digest_choice_collects_notices_into_one_daily_mail_none_sends_nothing_and_the_default_is_immediate()
    {
        var email = "digest.resident@example.jp";
        var userId = await ResidentAsync(email);
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(email, Password);
        var saved = await client.PostFormAsync("/me/notifications", "/me/notifications",
            (NotificationKinds.ResultsPublished, "digest"), (NotificationKinds.FollowedThreads, "none"), (NotificationKinds.CommitteeStatus, "immediate"));
        Assert.True((int)saved.StatusCode < 400, saved.StatusCode.ToString());

        Assert.Equal(NotificationDelivery.Digest, await NotifyAsync(userId, email, NotificationKinds.ResultsPublished, "結果公表：公園の計画"));
        Assert.Equal(NotificationDelivery.Digest, await NotifyAsync(userId, email, NotificationKinds.ResultsPublished, "結果公表：交通の計画"));
        Assert.Equal(NotificationDelivery.None, await NotifyAsync(userId, email, NotificationKinds.FollowedThreads, "新しい返信"));
        Assert.Empty(MailsTo(email));

        Assert.Equal(NotificationDelivery.Immediate, await NotifyAsync(userId, email, NotificationKinds.CommitteeStatus, "選考結果のお知らせ"));
        Assert.Single(MailsTo(email));
        // Someone without an account (an e-mail left on a paper form) has no preference: mailed at once.
        Assert.Equal(NotificationDelivery.Immediate, await NotifyAsync(null, "no.account@example.jp", NotificationKinds.ResultsPublished, "結果公表"));

        using (var scope = factory.Services.CreateScope())
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ResidentDigestJob>().RunAsync(CancellationToken.None));
        var mails = MailsTo(email).Select(f => MimeKit.MimeMessage.Load(f)).ToList();
        Assert.Equal(2, mails.Count);
        var digest = Assert.Single(mails, m => m.Subject.Contains("お知らせのまとめ"));
        Assert.Contains("（2件）", digest.Subject);
        Assert.Contains("結果公表：公園の計画", digest.TextBody);
        Assert.Contains("結果公表：交通の計画", digest.TextBody);
        Assert.DoesNotContain("新しい返信", digest.TextBody);

        // A rerun sends nothing twice.
        using (var scope = factory.Services.CreateScope())
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ResidentDigestJob>().RunAsync(CancellationToken.None));
        Assert.Equal(2, MailsTo(email).Length);

        // Queued notices are the person's data: exported, and erased with the account.
        var export = await client.GetStringAsync("/me/data/export.json");
        Assert.Contains("accounts.digest_notices", export);
        using (var scope = factory.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetServices<IPersonalDataHandler>().OfType<QueuedNoticePersonalData>().Single();
            Assert.Equal(2, await handler.EraseAsync(userId, CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<Participation.Core.Data.ParticipationDbContext>().SaveChangesAsync();
        }
        Assert.False(await factory.WithDbAsync(db => db.Set<QueuedNotice>().AnyAsync(n => n.UserId == userId)));
    }
}
