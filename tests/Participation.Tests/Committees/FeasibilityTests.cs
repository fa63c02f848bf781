using Participation.Committees.Selection;
using static Participation.Tests.Committees.SelectionTestData;

namespace Participation.Tests.Committees;

public class FeasibilityTests
{
    private readonly FeasibilityChecker checker = new();

    [Fact]
    public void Feasible_quotas_pass()
    {
        var report = checker.Check(new SelectionProblem(SmallPool(), GenderQuotas(1, 3, 1, 3), 4, false));
        Assert.True(report.Feasible);
    }

    [Fact]
    public void Too_few_volunteers_for_a_minimum_is_named_with_counts_and_the_smallest_relaxation()
    {
        // 4 women in the pool, at least 5 required.
        var report = checker.Check(new SelectionProblem(SmallPool(), GenderQuotas(5, 6, 0, 6), 6, false));
        Assert.False(report.Feasible);
        var issue = Assert.Single(report.Issues, i => i.Kind == QuotaIssueKind.NotEnoughVolunteers);
        Assert.Equal("女性", issue.Quotas[0].Value);
        Assert.Equal(5, issue.Needed);
        Assert.Equal(4, issue.Available);
        Assert.True(report.RelaxationFound);
        var change = Assert.Single(report.Relaxation);
        Assert.Equal(4, change.NewMin);
        Assert.Equal(1, change.Amount);
        var text = string.Join("\n", report.Describe(japanese: true));
        Assert.Contains("gender=女性", text);
        Assert.Contains("4人しかいません", text);
    }

    [Fact]
    public void Minima_over_the_panel_size_are_explained()
    {
        var report = checker.Check(new SelectionProblem(SmallPool(), GenderQuotas(3, 4, 3, 4), 5, false));
        Assert.False(report.Feasible);
        Assert.Contains(report.Issues, i => i.Kind == QuotaIssueKind.MinimaExceedPanelSize && i.Needed == 6 && i.Available == 5);
        Assert.Equal(1, report.Relaxation.Sum(c => c.Amount));
    }

    [Fact]
    public void Quotas_that_only_clash_together_are_reported_as_a_conflicting_set()
    {
        // Two seats must go to women; women live only in 中央区 (at most 1 seat) and 北区 (no seat), while 西区 (unlimited)
        // has only a man and men get no seat. Each quota holds alone; counting per category cannot see the clash.
        var pool = SmallPool();
        pool.Add(Person("p13", "男性", "西区"));
        var quotas = new List<Quota>
        {
            new("gender", "女性", 2, 2), new("gender", "男性", 0, 0),
            new("ward", "中央区", 0, 1), new("ward", "北区", 0, 0),
        };
        var report = checker.Check(new SelectionProblem(pool, quotas, 2, false));
        Assert.False(report.Feasible);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(QuotaIssueKind.ConflictingSet, issue.Kind);
        Assert.NotEmpty(issue.Quotas);
        Assert.True(report.RelaxationFound);
        Assert.NotEmpty(report.Describe(japanese: false));
    }
}
