using System.Diagnostics;

namespace Participation.Committees.Selection;

/// <summary>
/// Stratified fair lottery (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels that
/// maximises the smallest selection probability (MAXIMIN), then refined towards LEXIMIN as time allows.
/// <list type="number">
/// <item>The LP relaxation gives an upper bound z_frac and a fractional target (<see cref="FractionalBound"/>).</item>
/// <item>A big warm start (<see cref="WarmStart"/>): about one valid panel per volunteer, from herding towards that
///       target and from panels built around each volunteer, all in the master from the first solve.</item>
/// <item>Column generation (<see cref="ColumnGeneration"/>): one persistent GLOP master that only gains columns
///       (<see cref="MasterLp"/>); cheap pricing by greedy construction and swaps (<see cref="PanelSearch"/>), many
///       columns per round; exact MIP pricing (<see cref="MipPricer"/>) only when the cheap one finds nothing; duals
///       smoothed for pricing. It stops when the master reaches the best upper bound (z_frac or the Lagrangian bound
///       of an exact pricing call) — the exact optimum — or, after <see cref="FairLotteryOptions.ExactSeconds"/>,
///       within <see cref="FairLotteryOptions.GapTolerance"/> of it; the result says which, and the gap.</item>
/// </list>
/// </summary>
public sealed class FairLotterySolver(FeasibilityChecker feasibility)
{
    public FairLotterySolver() : this(new FeasibilityChecker()) { }

    public PanelDistribution Solve(SelectionProblem problem, FairLotteryOptions? options = null)
    {
        options ??= new FairLotteryOptions();
        var clock = Stopwatch.StartNew();
        if (options.QuietNativeStdout) NativeStdout.RedirectToStderr();
        var report = feasibility.Check(problem);
        if (!report.Feasible) throw new SelectionInfeasibleException(report);
        var n = problem.Pool.Count;
        var random = new Random(options.Seed);

        var unreachable = PanelCover.TriviallyUnreachable(problem);
        var search = new PanelSearch(problem, unreachable);
        var fractional = FractionalBound.Solve(problem, unreachable);
        using var mip = new MipPricer(problem, unreachable);
        var start = mip.Price(problem.Pool.Select(_ => random.NextDouble()).ToArray(), options.PricingSeconds).Best
            ?? throw new InvalidOperationException("No panel found although the quotas are feasible.");
        var reachable = Enumerable.Range(0, n).Where(i => !unreachable.Contains(i)).ToList();
        var count = options.WarmStartPanels > 0 ? Math.Min(options.WarmStartPanels, 20000) : WarmStart.AutomaticCount(reachable.Count);
        var columns = WarmStart.Herd(search, fractional.X, Math.Clamp(count / 4, 1, 200), start, random);
        var herded = columns.Count;
        var herdSeconds = clock.Elapsed.TotalSeconds;
        columns.AddRange(WarmStart.Cover(search, reachable, fractional.X, count - columns.Count, [start, .. columns], random));
        columns.Add(start);
        options.Progress?.Invoke($"bound z_frac={fractional.Z:F6}; {columns.Count} warm-start panels ({herded} herded by {herdSeconds:F1}s; {clock.Elapsed.TotalSeconds:F1}s)");

        var newlyUnreachable = PanelCover.CoverRest(problem, columns, unreachable, mip, options);
        if (newlyUnreachable.Count > 0)
        {
            unreachable = unreachable.Union(newlyUnreachable).ToHashSet();
            search = new PanelSearch(problem, unreachable);
            fractional = FractionalBound.Solve(problem, unreachable);
        }
        var active = Enumerable.Range(0, n).Where(i => !unreachable.Contains(i)).ToList();
        using var master = new MasterLp(n, active);
        foreach (var c in columns) master.AddColumn(c);
        var generator = new ColumnGeneration(master, search, mip, options, clock, random);

        var outcome = generator.Run(options.MaximinSeconds, fractional.Z, "maximin");
        var (z, upper, converged, weights) = (outcome.Z, outcome.Upper, outcome.Converged, outcome.Weights);
        var maximinSeconds = clock.Elapsed.TotalSeconds;
        var maximinSolution = master.Solution().ToList();
        double? leximinSeconds = null;
        var leximinComplete = false;

        if (options.LeximinSeconds > 0 && converged)
        {
            var leximinStart = clock.Elapsed.TotalSeconds;
            var leximinDeadline = leximinStart + options.LeximinSeconds;
            var level = z;
            while (true)
            {
                // Complementary slackness: a free volunteer with positive dual weight is at the minimum in every optimum.
                var tight = master.Active.Where(i => !master.IsFixed(i) && weights[i] > 1e-9).ToList();
                foreach (var i in tight) master.Fix(i, Math.Max(0, level - 1e-9));
                if (tight.Count == 0 || master.Active.All(master.IsFixed)) { leximinComplete = true; break; }
                if (clock.Elapsed.TotalSeconds >= leximinDeadline) break;
                ColumnGeneration.Outcome round;
                try { round = generator.Run(leximinDeadline, 1, "leximin"); }
                catch (InvalidOperationException ex) { options.Progress?.Invoke($"leximin stopped: {ex.Message}"); break; }
                if (!round.Converged) break;
                level = round.Z;
                weights = round.Weights;
            }
            leximinSeconds = clock.Elapsed.TotalSeconds - leximinStart;
        }

        // Any LEXIMIN round that failed to converge still leaves a feasible LP solution that keeps every fixed level.
        var finalRaw = leximinSeconds.HasValue ? master.Solution().ToList() : maximinSolution;
        var (panels, marginals) = PanelDistribution.Normalise(problem, finalRaw);
        var min = active.Select(i => marginals[i]).DefaultIfEmpty(0).Min();
        if (min < z - 1e-6)
        {
            // Guard: never return something worse than the MAXIMIN distribution.
            (panels, marginals) = PanelDistribution.Normalise(problem, maximinSolution);
            min = active.Select(i => marginals[i]).DefaultIfEmpty(0).Min();
            leximinComplete = false;
        }
        return new PanelDistribution(problem, panels, marginals, min, upper, unreachable, maximinSeconds, leximinSeconds, leximinComplete,
            outcome.Exact, outcome.Gap);
    }
}
