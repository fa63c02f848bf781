using System.Diagnostics;

namespace Participation.Committees.Selection;

/// <summary>
/// Stratified fair lottery (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels that
/// maximises the smallest selection probability (MAXIMIN), then refined towards LEXIMIN as time allows.
/// <list type="number">
/// <item>The LP relaxation gives an upper bound z_frac and a fractional target (<see cref="FractionalBound"/>).</item>
/// <item>Herding towards that target gives hundreds of diverse valid panels at once (<see cref="WarmStart"/>).</item>
/// <item>Column generation: GLOP master (<see cref="MasterLp"/>); cheap pricing by greedy construction and swaps
///       (<see cref="PanelSearch"/>), many columns per round; exact MIP pricing (<see cref="MipPricer"/>) only when
///       the cheap one finds nothing. It stops when the master reaches the best upper bound (z_frac or the
///       Lagrangian bound of an exact pricing call), so the result is optimal to the tolerance.</item>
/// </list>
/// </summary>
public sealed class FairLotterySolver(FeasibilityChecker feasibility)
{
    public FairLotterySolver() : this(new FeasibilityChecker()) { }

    public PanelDistribution Solve(SelectionProblem problem, FairLotteryOptions? options = null)
    {
        options ??= new FairLotteryOptions();
        var clock = Stopwatch.StartNew();
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
        var steps = Math.Clamp(options.WarmStartPanels, 1, 20000);
        var columns = WarmStart.Herd(search, fractional.X, steps, start, random);
        columns.Add(start);
        options.Progress?.Invoke($"bound z_frac={fractional.Z:F6}; {columns.Count} warm-start panels ({clock.Elapsed.TotalSeconds:F1}s)");

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

        var (z, upper, converged, weights) = generator.Run(options.MaximinSeconds, fractional.Z, "maximin");
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
                (double Z, double Upper, bool Converged, double[] Weights) round;
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
        return new PanelDistribution(problem, panels, marginals, min, upper, unreachable, maximinSeconds, leximinSeconds, leximinComplete);
    }
}
