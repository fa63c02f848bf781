using System.Diagnostics;
using Google.OrTools.Sat;

namespace Participation.Committees.Selection;

/// <summary>
/// Stratified fair lottery (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels that
/// maximises the smallest selection probability (MAXIMIN), then refined towards LEXIMIN as time allows.
/// Column generation: GLOP master over panels (<see cref="MasterLp"/>), exact CP-SAT pricing (<see cref="PanelPricer"/>).
/// </summary>
public sealed class FairLotterySolver(FeasibilityChecker feasibility)
{
    /// <summary>Swap-pricing rounds without progress in z before an exact CP-SAT pricing call.</summary>
    private const int StallRounds = 3;

    public FairLotterySolver() : this(new FeasibilityChecker()) { }

    public PanelDistribution Solve(SelectionProblem problem, FairLotteryOptions? options = null)
    {
        options ??= new FairLotteryOptions();
        var clock = Stopwatch.StartNew();
        var report = feasibility.Check(problem);
        if (!report.Feasible) throw new SelectionInfeasibleException(report);
        var n = problem.Pool.Count;

        var (seedColumns, unreachable) = CoverEveryone(problem, new SwapPricer(problem, new HashSet<int>()), options);
        options.Progress?.Invoke($"{seedColumns.Count} covering panels, {unreachable.Count} volunteers in no valid panel ({clock.Elapsed.TotalSeconds:F1}s)");
        using var master = new MasterLp(n, Enumerable.Range(0, n).Where(i => !unreachable.Contains(i)));
        foreach (var c in seedColumns) master.AddColumn(c);
        var pricer = new PanelPricer(problem, unreachable, options.Seed);
        var swaps = new SwapPricer(problem, unreachable);

        var deadline = options.MaximinSeconds;
        var (z, upper, converged, weights) = Generate(master, pricer, swaps, n, options, clock, deadline, "maximin");
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
                try { round = Generate(master, pricer, swaps, n, options, clock, leximinDeadline, "leximin"); }
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
        var min = Enumerable.Range(0, n).Where(i => !unreachable.Contains(i)).Select(i => marginals[i]).DefaultIfEmpty(0).Min();
        if (min < z - 1e-6)
        {
            // Guard: never return something worse than the MAXIMIN distribution.
            (panels, marginals) = PanelDistribution.Normalise(problem, maximinSolution);
            min = Enumerable.Range(0, n).Where(i => !unreachable.Contains(i)).Select(i => marginals[i]).DefaultIfEmpty(0).Min();
            leximinComplete = false;
        }
        return new PanelDistribution(problem, panels, marginals, min, upper, unreachable, maximinSeconds, leximinSeconds, leximinComplete);
    }

    private static (double Z, double Upper, bool Converged, double[] Weights) Generate(
        MasterLp master, PanelPricer pricer, SwapPricer swaps, int n, FairLotteryOptions options, Stopwatch clock, double deadline, string phase)
    {
        var iteration = 0;
        var heuristicRounds = 0;
        var stalled = 0;
        var lastZ = double.NegativeInfinity;
        int[]? hint = null;
        while (true)
        {
            var (z, weights, mu) = master.Solve(n);
            var remaining = deadline - clock.Elapsed.TotalSeconds;
            if (remaining <= 0) return (z, double.NaN, false, weights);
            // The master is highly degenerate: swap columns can price out for many rounds without moving z.
            // After a few such rounds, let the exact pricer pick the most improving panel instead.
            stalled = z > lastZ + 1e-9 ? 0 : stalled + 1;
            lastZ = Math.Max(lastZ, z);
            var support = master.Solution().Where(c => c.P > 1e-9).OrderByDescending(c => c.P).Take(8).Select(c => c.Members);
            var cheap = stalled >= StallRounds ? [] : swaps.Improve(support, weights, mu + options.Tolerance);
            if (stalled >= StallRounds) stalled = 0;
            if (cheap.Count(master.AddColumn) > 0)
            {
                if (++heuristicRounds % 25 == 0) options.Progress?.Invoke($"{phase} swap round {heuristicRounds}: z={z:F6} columns={master.ColumnCount} ({clock.Elapsed.TotalSeconds:F1}s)");
                continue;
            }
            var priced = pricer.Price(weights, mu + options.Tolerance, Math.Min(remaining, 60), hint);
            var upper = z + Math.Max(0, priced.UpperBound - mu);
            if (++iteration % 10 == 0 || priced.Improving.Count == 0)
                options.Progress?.Invoke($"{phase} it {iteration} (+{heuristicRounds} swap rounds): z={z:F6} bound={upper:F6} columns={master.ColumnCount} ({clock.Elapsed.TotalSeconds:F1}s)");
            var added = priced.Improving.Count(master.AddColumn);
            if (added == 0)
            {
                if (priced.Proven || priced.UpperBound <= mu + options.Tolerance) return (z, upper, true, weights);
                if (priced.Improving.Count == 0 && clock.Elapsed.TotalSeconds >= deadline) return (z, upper, false, weights);
                if (priced.Improving.Count > 0) return (z, upper, false, weights);
            }
            hint = priced.Improving.LastOrDefault();
        }
    }

    /// <summary>
    /// Warm start: panels that together include every volunteer who can sit on some valid panel. Each CP-SAT call
    /// maximises the number of not-yet-covered volunteers (random tie-breaks); when that maximum is 0, the rest
    /// are in no valid panel and do not count toward the minimum.
    /// </summary>
    private static (List<int[]> Columns, HashSet<int> Unreachable) CoverEveryone(SelectionProblem problem, SwapPricer swaps, FairLotteryOptions options)
    {
        var n = problem.Pool.Count;
        var covered = new bool[n];
        var columns = new List<int[]>();
        var unreachable = new HashSet<int>();
        var random = new Random(options.Seed);
        var model = new PanelModel(problem);
        for (var attempt = 0; attempt < 4 * n + 10; attempt++)
        {
            var open = Enumerable.Range(0, n).Where(i => !covered[i]).ToArray();
            if (open.Length == 0) break;
            if (columns.Count > 0)
            {
                // Cheap first: swap towards uncovered volunteers from the last panel; CP-SAT only when that fails.
                var w = covered.Select(c => c ? random.NextDouble() * 1e-3 : 1 + random.NextDouble() * 1e-2).ToArray();
                var cheap = swaps.Improve([columns[^1]], w, 0.5);
                if (cheap.Count > 0)
                {
                    foreach (var i in cheap[0]) covered[i] = true;
                    columns.Add(cheap[0]);
                    continue;
                }
            }
            var coeffs = model.Picks.Select((_, i) => covered[i] ? (long)random.Next(0, 10) : 1000L + random.Next(0, 100)).ToArray();
            model.Model.Maximize(LinearExpr.WeightedSum(model.Picks, coeffs));
            var solver = PanelModel.NewSolver(10, 1, random.Next());
            var status = solver.Solve(model.Model);
            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) break;
            var chosen = model.Chosen(solver);
            var gained = chosen.Count(i => !covered[i]);
            if (gained == 0)
            {
                if (status == CpSolverStatus.Optimal) { unreachable.UnionWith(open); break; }
                continue;
            }
            foreach (var i in chosen) covered[i] = true;
            columns.Add(chosen);
        }
        return (columns, unreachable);
    }
}
