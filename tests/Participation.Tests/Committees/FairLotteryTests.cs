using Participation.Committees.Selection;
using static Participation.Tests.Committees.SelectionTestData;

namespace Participation.Tests.Committees;

public class FairLotteryTests
{
    private static void AssertConsistent(PanelDistribution d)
    {
        Assert.InRange(d.Panels.Sum(p => p.Probability), 1 - 1e-9, 1 + 1e-9);
        Assert.All(d.Panels, p => Assert.True(d.Problem.IsValidPanel(p.Members), "every panel meets size, quotas and household rule"));
        for (var i = 0; i < d.Problem.Pool.Count; i++)
        {
            var marginal = d.Panels.Where(p => p.Members.Contains(i)).Sum(p => p.Probability);
            Assert.Equal(marginal, d.Probabilities[i], 9);
        }
    }

    [Fact]
    public void Small_dataset_reaches_the_published_maximin_with_valid_panels()
    {
        var problem = Load("small_chiba_n60_k8.json");
        var d = new FairLotterySolver().Solve(problem, new FairLotteryOptions { LeximinSeconds = 0 });
        AssertConsistent(d);
        Assert.Equal(0.088235, d.MinProbability, 5);
        Assert.True(d.UpperBound >= d.MinProbability - 1e-9);
    }

    [Fact]
    public void Leximin_keeps_the_maximin_floor_and_stays_consistent()
    {
        var problem = new SelectionProblem(SmallPool(), GenderQuotas(1, 2, 2, 3), 4, onePerHousehold: false);
        var d = new FairLotterySolver().Solve(problem, new FairLotteryOptions { LeximinSeconds = 20 });
        AssertConsistent(d);
        Assert.True(d.LeximinComplete);
        // 4 seats over 12 people: 4/3 expected women (within 1–2) and 8/3 men (within 2–3), so everyone gets 1/3.
        Assert.Equal(1 / 3.0, d.MinProbability, 6);
        Assert.All(d.Probabilities, p => Assert.Equal(1 / 3.0, p, 6));
    }

    [Fact]
    public void Household_rule_never_seats_two_from_one_household()
    {
        var pool = SmallPool();
        var problem = new SelectionProblem(pool, GenderQuotas(1, 4, 1, 4), 6, onePerHousehold: true);
        var d = new FairLotterySolver().Solve(problem, new FairLotteryOptions { LeximinSeconds = 5 });
        AssertConsistent(d);
        foreach (var panel in d.Panels)
        {
            Assert.False(panel.Members.Contains(0) && panel.Members.Contains(1), "p1 and p2 share h1");
            Assert.False(panel.Members.Contains(2) && panel.Members.Contains(3), "p3 and p4 share h3");
        }
        Assert.True(d.Probabilities[0] + d.Probabilities[1] <= 1 + 1e-9);
    }

    [Fact]
    public void People_in_no_valid_panel_do_not_pull_the_minimum_to_zero()
    {
        // Nobody from 西区 may sit, so p13 can never be chosen; the rest still get a fair share.
        var pool = SmallPool();
        pool.Add(Person("p13", "女性", "西区"));
        var quotas = GenderQuotas(1, 2, 2, 3).Append(new Quota("ward", "西区", 0, 0)).ToList();
        var problem = new SelectionProblem(pool, quotas, 4, onePerHousehold: false);
        var d = new FairLotterySolver().Solve(problem, new FairLotteryOptions { LeximinSeconds = 0 });
        AssertConsistent(d);
        Assert.Contains(12, d.Unreachable);
        Assert.Equal(0, d.Probabilities[12], 9);
        Assert.Equal(1 / 3.0, d.MinProbability, 6);
    }

    [Fact]
    public void Infeasible_quotas_throw_with_the_explanation_instead_of_crashing()
    {
        var problem = new SelectionProblem(SmallPool(), GenderQuotas(5, 6, 0, 6), 6, onePerHousehold: false);
        var ex = Assert.Throws<SelectionInfeasibleException>(() => new FairLotterySolver().Solve(problem));
        Assert.False(ex.Report.Feasible);
    }

    [Fact]
    public void Legacy_greedy_draws_valid_panels()
    {
        var problem = Load("small_chiba_n60_k8.json");
        var random = new Random(3);
        for (var d = 0; d < 50; d++)
        {
            var panel = LegacyGreedy.DrawOnce(problem, random);
            Assert.NotNull(panel);
            Assert.True(problem.IsValidPanel(panel!));
        }
    }
}
