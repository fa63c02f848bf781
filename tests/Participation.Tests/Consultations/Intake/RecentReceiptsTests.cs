using Participation.Consultations.Services.Intake;

namespace Participation.Tests.Consultations.Intake;

/// <summary>The node's memory of recent receipts stays bounded yet always knows the latest generation's keys.</summary>
public sealed class RecentReceiptsTests
{
    [Fact]
    public void A_receipt_is_known_through_one_generation_change_and_forgotten_after_two()
    {
        var recent = new RecentReceipts(generationSize: 3);
        recent.Remember(1, "a", "R-A", 10);
        Assert.True(recent.TryGet(1, "a", out var receipt, out var id));
        Assert.Equal(("R-A", 10), (receipt, id));
        Assert.False(recent.TryGet(2, "a", out _, out _));

        recent.Remember(1, "b", "R-B", 11);
        recent.Remember(1, "c", "R-C", 12); // the first generation is full: it becomes the older one
        Assert.True(recent.TryGet(1, "a", out receipt, out _));
        Assert.Equal("R-A", receipt);

        foreach (var k in new[] { "d", "e", "f" }) recent.Remember(1, k, "R-" + k, 13);
        Assert.False(recent.TryGet(1, "a", out _, out _));
        Assert.True(recent.TryGet(1, "f", out receipt, out _));
        Assert.Equal("R-f", receipt);
    }

    [Fact]
    public void The_same_key_remembered_again_keeps_the_newer_receipt_without_filling_the_generation()
    {
        var recent = new RecentReceipts(generationSize: 2);
        recent.Remember(1, "a", "R-1", 1);
        for (var i = 0; i < 10; i++) recent.Remember(1, "a", "R-2", 2);
        recent.Remember(1, "b", "R-B", 3); // now full: a and b move to the older generation, still known
        Assert.True(recent.TryGet(1, "a", out var receipt, out var id));
        Assert.Equal(("R-2", 2), (receipt, id));
        Assert.True(recent.TryGet(1, "b", out _, out _));
    }
}
