using Participation.Committees.Selection;
using static Participation.Tests.Committees.SelectionTestData;

namespace Participation.Tests.Committees;

/// <summary>How the fair lottery reports optimality (exact or the gap it stopped at), its warm start, and its stdout.</summary>
public class ColumnGenerationTests
{
    [Fact]
    public void A_tiny_instance_is_solved_exactly_with_gap_zero_and_the_json_says_so()
    {
        var problem = new SelectionProblem(SmallPool(), GenderQuotas(1, 2, 2, 3), 4, onePerHousehold: false);
        var d = new FairLotterySolver().Solve(problem, new FairLotteryOptions { LeximinSeconds = 0 });
        Assert.True(d.Exact);
        Assert.Equal(0, d.Gap);
        Assert.Equal(1 / 3.0, d.MinProbability, 6);
        var json = SortitionJson.WriteSolution(d, "maximin", includeLeximin: false);
        Assert.Contains("\"exact\":true,\"gap\":0,", json);
    }

    [Fact]
    public void The_published_small_instance_is_exact_at_its_published_value()
    {
        var d = new FairLotterySolver().Solve(Load("small_chiba_n60_k8.json"), new FairLotteryOptions { LeximinSeconds = 0 });
        Assert.True(d.Exact);
        Assert.Equal(0, d.Gap);
        Assert.Equal(0.088235, d.MinProbability, 5);
    }

    [Fact]
    public void A_gap_stop_reports_not_exact_with_the_gap_it_stopped_at_and_still_valid_panels()
    {
        // No exact phase and a 50 % tolerance: the first master solve on a one-panel warm start ends the run.
        var problem = Load("medium_fukuoka_n200_k15.json");
        var d = new FairLotterySolver().Solve(problem,
            new FairLotteryOptions { LeximinSeconds = 0, ExactSeconds = 0, GapTolerance = 0.5, WarmStartPanels = 1, Stabilise = false });
        Assert.False(d.Exact);
        Assert.InRange(d.Gap, 1e-9, 0.5);
        Assert.Equal((d.UpperBound - d.MinProbability) / d.UpperBound, d.Gap, 6);
        Assert.True(d.UpperBound >= 0.055556 - 1e-6, "the upper bound never undercuts the published optimum");
        Assert.All(d.Panels, p => Assert.True(problem.IsValidPanel(p.Members)));
        Assert.InRange(d.Panels.Sum(p => p.Probability), 1 - 1e-9, 1 + 1e-9);
        var json = SortitionJson.WriteSolution(d, "maximin", includeLeximin: false);
        Assert.Contains("\"exact\":false,\"gap\":", json);
    }

    [Fact]
    public void The_relaxed_gap_applies_only_from_its_time_on()
    {
        // The same run with an exact-only tolerance: relaxed from the start it stops at the first solve within 50 %;
        // with the relaxation far in the future it goes on to the exact optimum.
        var problem = Load("medium_fukuoka_n200_k15.json");
        FairLotteryOptions Options(double relaxAfter) => new()
        {
            LeximinSeconds = 0, ExactSeconds = 0, GapTolerance = 0, RelaxedGapTolerance = 0.5, RelaxAfterSeconds = relaxAfter,
            WarmStartPanels = 1, Stabilise = false,
        };
        var relaxed = new FairLotterySolver().Solve(problem, Options(0));
        Assert.False(relaxed.Exact);
        Assert.InRange(relaxed.Gap, 1e-9, 0.5);
        Assert.All(relaxed.Panels, p => Assert.True(problem.IsValidPanel(p.Members)));
        var strict = new FairLotterySolver().Solve(problem, Options(1e6));
        Assert.True(strict.Exact);
        Assert.Equal(0.055556, strict.MinProbability, 5);
    }

    [Fact]
    public void Warm_start_panels_meet_every_quota_cover_everyone_and_are_distinct()
    {
        var problem = Load("medium_fukuoka_n200_k15.json");
        var search = new PanelSearch(problem, new HashSet<int>());
        var target = Enumerable.Repeat((double)problem.PanelSize / problem.Pool.Count, problem.Pool.Count).ToArray();
        var random = new Random(5);
        var herded = WarmStart.Herd(search, target, 20, search.Construct(target)!, random);
        var reachable = Enumerable.Range(0, problem.Pool.Count).ToList();
        var count = WarmStart.AutomaticCount(reachable.Count);
        var covered = WarmStart.Cover(search, reachable, target, count, [.. herded], random);
        Assert.Equal(200, count);
        Assert.InRange(covered.Count, count / 2, count);
        var all = herded.Concat(covered).ToList();
        Assert.All(all, p => Assert.True(problem.IsValidPanel(p), "every warm-start panel meets size and quotas"));
        Assert.Equal(all.Count, all.Select(p => string.Join(',', p)).Distinct().Count());
        Assert.All(reachable, i => Assert.Contains(all, p => p.Contains(i)));
    }

    [Fact]
    public void Warm_start_panels_keep_the_household_rule()
    {
        var problem = new SelectionProblem(SmallPool(), GenderQuotas(1, 4, 1, 4), 6, onePerHousehold: true);
        var search = new PanelSearch(problem, new HashSet<int>());
        var target = Enumerable.Repeat(0.5, 12).ToArray();
        var panels = WarmStart.Cover(search, Enumerable.Range(0, 12).ToList(), target, 24, [], new Random(2));
        Assert.NotEmpty(panels);
        Assert.All(panels, p => Assert.True(problem.IsValidPanel(p), "at most one member per household"));
        Assert.Equal(60, WarmStart.AutomaticCount(12));
        Assert.Equal(4000, WarmStart.AutomaticCount(9000));
    }

    [Fact]
    public void Native_solver_output_goes_to_stderr_while_managed_stdout_is_kept()
    {
        new FairLotterySolver().Solve(new SelectionProblem(SmallPool(), GenderQuotas(1, 2, 2, 3), 4, false),
            new FairLotteryOptions { LeximinSeconds = 0, QuietNativeStdout = true });
        if (!OperatingSystem.IsLinux()) return;
        Assert.True(NativeStdout.Redirected);
        // Descriptor 1, where HiGHS prints its banner, now is standard error itself.
        Assert.NotEqual("", Link(2));
        Assert.Equal(Link(2), Link(1));
        // Managed output still has its own writer on the original stdout.
        Console.Out.Flush();
    }

    private static string Link(int fd) => new FileInfo($"/proc/self/fd/{fd}").LinkTarget ?? "";
}
