using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;

namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// At a peak (here: from one submission a second) the outbox leaves its fresh rows waiting so the node takes
/// submissions first: the receipt is given at once; its mail and <c>SubmissionAccepted</c> come once the row has
/// waited <c>OutboxYieldSeconds</c>, even while the peak goes on, exactly once.
/// </summary>
public sealed class PeakYieldTests(PeakYieldTests.PeakSiteFactory factory) : IClassFixture<PeakYieldTests.PeakSiteFactory>
{
    public class PeakSiteFactory : IntakeSiteFactory
    {
        public PeakSiteFactory()
        {
            Settings["Participation:Consultations:Intake:OutboxYieldAbovePerSecond"] = "1";
            Settings["Participation:Consultations:Intake:OutboxYieldSeconds"] = "3";
        }
    }

    [Fact]
    public async Task At_a_peak_the_receipt_comes_at_once_and_its_mail_after_the_wait_once()
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var email = $"peak-{Guid.NewGuid():N}"[..20] + "@example.jp";
        var sent = DateTime.UtcNow;
        var receipt = await GroupCommitTests.ReceiptAsync(await client.SendAsync(
            GroupCommitTests.Post(roundId, GroupCommitTests.Body("山場 花子", email), key: "peak-" + email)));
        var submissionId = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.ReceiptNumber == receipt).Select(s => s.Id).SingleAsync());

        // The peak goes on: a few submissions a second, for longer than the rows may wait.
        using var peak = new CancellationTokenSource(TimeSpan.FromSeconds(8));
        var others = KeepPeakAsync(client, roundId, $"other-{email.Split('@')[0]}", peak.Token);

        await Task.Delay(1500);
        Assert.Empty(Eventually.Read(factory.MailFolder, "To: " + email + "\r\n"));
        Assert.Null((await OutboxOfAsync(submissionId)).ProcessedAt);
        Assert.Equal(0, factory.Accepted.GetValueOrDefault(submissionId));

        var mail = Assert.Single(await Eventually.MailsAsync(factory.MailFolder, "To: " + email + "\r\n"));
        var waited = DateTime.UtcNow - sent;
        Assert.False(peak.IsCancellationRequested, "mailed while the peak went on");
        Assert.True(waited >= TimeSpan.FromSeconds(2.5), $"the mail waited ({waited.TotalSeconds:0.0} s)");
        Assert.Contains(receipt, mail);
        await Eventually.ValueAsync(() => OutboxOfAsync(submissionId), e => e.ProcessedAt != null);
        Assert.Equal(1, factory.Accepted.GetValueOrDefault(submissionId));
        await others;
    }

    /// <summary>Keeps a peak going, a submission every 150 ms, until <paramref name="stop"/>.</summary>
    internal static Task KeepPeakAsync(HttpClient client, int roundId, string prefix, CancellationToken stop) => Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            await GroupCommitTests.ReceiptAsync(await client.SendAsync(GroupCommitTests.Post(roundId,
                GroupCommitTests.Body("山場 次郎", $"{prefix}-{i}@example.jp"), key: $"{prefix}-{i}")));
            await Task.Delay(150);
        }
    });

    private Task<SubmissionOutboxEntry> OutboxOfAsync(int submissionId) =>
        factory.WithDbAsync(db => db.Set<SubmissionOutboxEntry>().AsNoTracking().SingleAsync(e => e.SubmissionId == submissionId));
}
