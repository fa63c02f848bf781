using Participation.Consultations.Models;

namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// Rows left waiting at a peak are held in memory, so their number is bounded (<c>OutboxYieldMostRows</c>): past it
/// the receipt mails go out although the wait (here a minute) has not passed.
/// </summary>
public sealed class PeakYieldBoundTests(PeakYieldBoundTests.BoundedSiteFactory factory) : IClassFixture<PeakYieldBoundTests.BoundedSiteFactory>
{
    /// <summary>The peak site (yielding from one submission a second), with a minute's wait and at most three rows.</summary>
    public sealed class BoundedSiteFactory : PeakYieldTests.PeakSiteFactory
    {
        public BoundedSiteFactory()
        {
            Settings["Participation:Consultations:Intake:OutboxYieldSeconds"] = "60";
            Settings["Participation:Consultations:Intake:OutboxYieldMostRows"] = "3";
        }
    }

    [Fact]
    public async Task Past_the_most_rows_that_may_wait_the_mails_go_out_before_the_wait_ends()
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateClient();
        var run = Guid.NewGuid().ToString("N")[..8];
        // The peak goes on all along (a few submissions a second): only the bound can let the mails out.
        using var peak = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var others = PeakYieldTests.KeepPeakAsync(client, roundId, $"bound-other-{run}", peak.Token);
        var emails = Enumerable.Range(0, 8).Select(i => $"bound-{run}-{i}@example.jp").ToList();
        foreach (var email in emails)
            await GroupCommitTests.ReceiptAsync(await client.SendAsync(
                GroupCommitTests.Post(roundId, GroupCommitTests.Body("上限 一郎", email), key: "bound-" + email)));

        foreach (var email in emails) Assert.Single(await Eventually.MailsAsync(factory.MailFolder, "To: " + email + "\r\n"));
        Assert.False(peak.IsCancellationRequested, "mailed only once the peak was over");
        await peak.CancelAsync();
        await others;
    }
}
