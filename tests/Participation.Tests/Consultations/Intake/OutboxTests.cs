using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Intake;
using Participation.Core.Secrets;

namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// Outbox rows a crashed process left behind (committed submission, mail and events not done) are taken by the
/// worker and processed once; a row another live node holds a lease on is left to it.
/// </summary>
public sealed class OutboxTests(IntakeSiteFactory factory) : IClassFixture<IntakeSiteFactory>
{
    [Fact]
    public async Task A_row_left_by_a_dead_process_is_mailed_in_its_language_and_raised_once()
    {
        var email = $"left-{Guid.NewGuid():N}@example.jp"[..40];
        var secret = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        // Sealed by the dead process under its own data key: this one reads that key from the database.
        var deadProcess = ActivatorUtilities.CreateInstance<SecretSealer>(factory.Services);
        var sealedSecret = await deadProcess.SealAsync(OutboxProcessor.Purpose, secret, CancellationToken.None);
        var (submissionId, receipt) = await StoreAsync(email, sealedSecret, lockedBy: "dead-process", lockedUntil: DateTime.UtcNow.AddMinutes(-1));

        var entry = await Eventually.ValueAsync(() => OutboxOfAsync(submissionId), e => e.ProcessedAt != null);
        Assert.NotNull(entry.ProcessedAt);
        Assert.Null(entry.ProtectedSecret);
        var mail = Assert.Single(await Eventually.ValueAsync(
            () => Task.FromResult(Lifecycle.Mails.In(factory.MailFolder).Where(m => m.To.Contains(email)).ToList()), m => m.Count > 0));
        Assert.Equal($"[Receipt {receipt}] Your opinion was received", mail.Subject);
        Assert.Contains($"https://city.example/rounds/", mail.Body);
        Assert.Contains($"key={secret}", mail.Body);
        await Task.Delay(1000); // several polls later: still once
        Assert.Single(Eventually.Read(factory.MailFolder, email));
        Assert.Equal(1, factory.Accepted.GetValueOrDefault(submissionId));
    }

    [Fact]
    public async Task A_row_leased_by_a_live_node_is_left_alone_until_its_lease_ends()
    {
        var (submissionId, _) = await StoreAsync(null, null, lockedBy: "other-node", lockedUntil: DateTime.UtcNow.AddMinutes(10));
        await Task.Delay(1500);
        Assert.Null((await OutboxOfAsync(submissionId)).ProcessedAt);
        Assert.Equal(0, factory.Accepted.GetValueOrDefault(submissionId));

        await factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().Where(e => e.SubmissionId == submissionId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LockedUntil, DateTime.UtcNow.AddSeconds(-1))));
        var entry = await Eventually.ValueAsync(() => OutboxOfAsync(submissionId), e => e.ProcessedAt != null);
        Assert.NotNull(entry.ProcessedAt);
        Assert.Equal(1, entry.Attempts);
        Assert.Equal(1, factory.Accepted.GetValueOrDefault(submissionId));
    }

    [Fact]
    public async Task A_receipt_mailed_from_memory_whose_mark_was_lost_is_read_back_and_still_mailed_once()
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var email = $"lostmark-{Guid.NewGuid():N}"[..24] + "@example.jp";
        var receipt = await GroupCommitTests.ReceiptAsync(await factory.CreateClient().SendAsync(
            GroupCommitTests.Post(roundId, GroupCommitTests.Body("記録 一郎", email), key: "lost-" + email)));
        var submissionId = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.ReceiptNumber == receipt).Select(s => s.Id).SingleAsync());
        var first = await Eventually.ValueAsync(() => OutboxOfAsync(submissionId), e => e.ProcessedAt != null);
        var file = Assert.Single(await Eventually.MailsAsync(factory.MailFolder, email));
        var secret = System.Text.RegularExpressions.Regex.Match(file, "key=([0-9A-Za-z_-]+)").Groups[1].Value;
        Assert.NotEmpty(secret);

        // The process died after mailing but before its mark committed: the row is unprocessed, its lease gone.
        // Its secret as a release before sealing wrote it (Data Protection directly): such rows still mail.
        var protectedSecret = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(OutboxProcessor.Purpose).Protect(secret);
        await factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().Where(e => e.Id == first.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.ProcessedAt, (DateTime?)null).SetProperty(e => e.ProtectedSecret, protectedSecret)
            .SetProperty(e => e.LockedBy, "dead-process").SetProperty(e => e.LockedUntil, DateTime.UtcNow.AddMinutes(-1))));

        var again = await Eventually.ValueAsync(() => OutboxOfAsync(submissionId), e => e.ProcessedAt != null);
        Assert.Equal(1, again.Attempts);
        Assert.Null(again.ProtectedSecret);
        Assert.Equal(file, Assert.Single(Eventually.Read(factory.MailFolder, email)));
    }

    private Task<SubmissionOutboxEntry> OutboxOfAsync(int submissionId) =>
        factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().AsNoTracking().SingleAsync(e => e.SubmissionId == submissionId));

    /// <summary>What a process that died right after its commit leaves: the submission and an unprocessed outbox row.</summary>
    private async Task<(int Id, string Receipt)> StoreAsync(string? email, string? protectedSecret, string lockedBy, DateTime lockedUntil)
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var receipt = $"PC{roundId}-TEST-{Random.Shared.Next(1000, 9999)}{Random.Shared.Next(1000, 9999)}";
        return await factory.WithDbAsync(async db =>
        {
            var submission = new Submission
            {
                RoundId = roundId, ReceiptNumber = receipt, Channel = Channel.Api, Category = SubmitterCategory.Resident,
                ReceivedAt = DateTime.UtcNow, CreatedAt = DateTime.UtcNow,
                Opinions = [new Opinion { RoundId = roundId, Text = "障害の後に残った意見です。" }],
            };
            db.Add(submission);
            await db.SaveChangesAsync();
            db.Add(new SubmitterContact { SubmissionId = submission.Id, Name = "残存 一郎", Email = email });
            db.Add(new SubmissionOutboxEntry
            {
                SubmissionId = submission.Id, CreatedAt = DateTime.UtcNow, Origin = "https://city.example", Culture = "en",
                ProtectedSecret = protectedSecret, LockedBy = lockedBy, LockedUntil = lockedUntil,
            });
            await db.SaveChangesAsync();
            return (submission.Id, receipt);
        });
    }
}
