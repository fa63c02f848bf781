using Participation.Committees.Selection;

namespace Participation.Tests.Committees;

public class ReserveReplacementTests
{
    private static SelectionProblem Problem(bool household = false) => new(
        [
            new("a", new Dictionary<string, string> { ["Gender"] = "女性", ["Ward"] = "北区" }, "h1"),
            new("b", new Dictionary<string, string> { ["Gender"] = "男性", ["Ward"] = "北区" }, "h2"),
            new("c", new Dictionary<string, string> { ["Gender"] = "女性", ["Ward"] = "南区" }, "h3"),
            new("d", new Dictionary<string, string> { ["Gender"] = "男性", ["Ward"] = "南区" }, "h4"),
            new("r1", new Dictionary<string, string> { ["Gender"] = "男性", ["Ward"] = "北区" }, "h5"),
            new("r2", new Dictionary<string, string> { ["Gender"] = "女性", ["Ward"] = "南区" }, "h1"),
            new("r3", new Dictionary<string, string> { ["Gender"] = "女性", ["Ward"] = "北区" }, "h6"),
        ],
        [new Quota("Gender", "女性", 2, 2), new Quota("Gender", "男性", 2, 2), new Quota("Ward", "北区", 1, 3)],
        4, household);

    [Fact]
    public void The_first_reserve_who_keeps_every_quota_takes_the_seat()
    {
        var problem = Problem();
        var outcome = ReserveReplacement.Find(problem, ["a", "b", "c", "d"], "a", ["r1", "r2", "r3"]);
        // r1 is a man (men are at their maximum), so r2, a woman, is seated.
        Assert.Equal("r2", outcome.Replacement);
        Assert.Contains(outcome.MustCarry, q => q.Value == "女性");
        Assert.Contains(outcome.MustNotCarry, q => q.Value == "男性");
        var panel = new[] { "b", "c", "d", "r2" }.Select(id => problem.Pool.ToList().FindIndex(v => v.Id == id)).ToArray();
        Assert.True(problem.IsValidPanel(panel));
    }

    [Fact]
    public void Household_rule_skips_a_reserve_from_a_seated_household()
    {
        // With one person per household, r2 shares h1 with a… but a is leaving, so r2 may sit; withdraw c instead.
        var outcome = ReserveReplacement.Find(Problem(household: true), ["a", "b", "c", "d"], "c", ["r1", "r2", "r3"]);
        Assert.Equal("r3", outcome.Replacement);
    }

    [Fact]
    public void When_no_reserve_fits_nobody_is_seated_and_the_reason_is_given()
    {
        var outcome = ReserveReplacement.Find(Problem(), ["a", "b", "c", "d"], "a", ["r1"]);
        Assert.Null(outcome.Replacement);
        Assert.Equal("女性", Assert.Single(outcome.MustCarry).Value);
        Assert.Equal(1, outcome.ReservesChecked);
    }
}
