using System.Diagnostics;

namespace Participation.Committees.Selection;

/// <summary>
/// The column generation loop over <see cref="MasterLp"/>. Each round prices cheaply first (swaps from the panels
/// in use, greedy constructions on jittered weights) and adds every improving panel; only when none is found does
/// the exact MIP decide, adding its panel or proving a bound. Pricing uses smoothed duals (Wentges: a convex mix of
/// the previous pricing weights and the master's duals), which damps the oscillation of the degenerate master;
/// a panel found there that does not improve under the true duals is a mis-price, and the round prices the true
/// duals instead. The loop ends at the exact optimum (master value = best upper bound), or — once
/// <see cref="FairLotteryOptions.ExactSeconds"/> have passed — when the relative gap is within
/// <see cref="FairLotteryOptions.GapTolerance"/> (<see cref="FairLotteryOptions.RelaxedGapTolerance"/> after
/// <see cref="FairLotteryOptions.RelaxAfterSeconds"/>).
/// </summary>
internal sealed class ColumnGeneration(MasterLp master, PanelSearch search, MipPricer mip, FairLotteryOptions options, Stopwatch clock, Random random)
{
    private const int SupportStarts = 8;
    private const int Constructions = 4;
    private const double Smoothing = 0.5;

    private double lpTime, cheapTime, mipTime;
    private double? started;

    public sealed record Outcome(double Z, double Upper, bool Converged, bool Exact, double[] Weights)
    {
        /// <summary>Relative duality gap (upper − z) / upper; 0 when exact.</summary>
        public double Gap => Exact || Upper <= 0 ? 0 : Math.Max(0, (Upper - Z) / Upper);
    }

    public Outcome Run(double deadline, double knownUpper, string phase)
    {
        started ??= clock.Elapsed.TotalSeconds;
        var upper = knownUpper;
        var rounds = 0;
        var exactCalls = 0;
        var misprices = 0;
        double[]? center = null;
        while (true)
        {
            var t0 = clock.Elapsed.TotalSeconds;
            var (z, weights, mu) = master.Solve();
            lpTime += clock.Elapsed.TotalSeconds - t0;
            rounds++;
            if (z >= upper - options.Tolerance) return new Outcome(z, Math.Max(z, upper), true, true, weights);
            if (clock.Elapsed.TotalSeconds - started >= options.ExactSeconds && upper - z <= AllowedGap() * upper)
                return new Outcome(z, upper, true, false, weights);
            var remaining = deadline - clock.Elapsed.TotalSeconds;
            if (remaining <= 0 || master.ColumnCount >= options.MaxColumns) return new Outcome(z, upper, false, false, weights);
            if (rounds % 10 == 0)
                options.Progress?.Invoke($"{phase} round {rounds}: z={z:F6} bound={upper:F6} columns={master.ColumnCount} exact={exactCalls} misprices={misprices} lp={lpTime:F1}s cheap={cheapTime:F1}s mip={mipTime:F1}s ({clock.Elapsed.TotalSeconds:F1}s)");

            var threshold = mu + options.Tolerance;
            var price = options.Stabilise && center != null ? Mix(center, weights) : weights;
            center = price;

            var t1 = clock.Elapsed.TotalSeconds;
            var cheap = Cheap(price, weights, threshold);
            if (cheap.Count == 0 && !ReferenceEquals(price, weights))
            {
                misprices++;
                cheap = Cheap(weights, weights, threshold);
            }
            cheapTime += clock.Elapsed.TotalSeconds - t1;
            if (cheap.Count(master.AddColumn) > 0) continue;

            exactCalls++;
            var added = 0;
            var proven = false;
            foreach (var w in ReferenceEquals(price, weights) ? [weights] : new[] { price, weights })
            {
                var t2 = clock.Elapsed.TotalSeconds;
                var priced = mip.Price(w, Math.Min(Math.Max(1, deadline - clock.Elapsed.TotalSeconds), options.PricingSeconds));
                mipTime += clock.Elapsed.TotalSeconds - t2;
                // Any weights w ≥ 0 whose free part sums to 1 bound the optimum: z* ≤ max_P w(P) − Σ_fixed w_i·v_i.
                if (double.IsFinite(priced.UpperBound)) upper = Math.Max(z, Math.Min(upper, priced.UpperBound - master.FixedCredit(w)));
                if (priced.Best != null && Weight(priced.Best, weights) > threshold)
                {
                    added += master.AddColumn(priced.Best) ? 1 : 0;
                    // Neighbours of the exact panel are often improving too.
                    foreach (var extra in Neighbours(priced.Best, weights, threshold)) added += master.AddColumn(extra) ? 1 : 0;
                }
                if (added > 0) break;
                if (!ReferenceEquals(w, weights)) { misprices++; center = weights; }
                proven = ReferenceEquals(w, weights) && priced.Proven;
            }
            if (added == 0)
            {
                if (proven || z >= upper - options.Tolerance) return new Outcome(z, z, true, true, weights);
                return new Outcome(z, upper, false, false, weights);
            }
        }
    }

    private double AllowedGap() =>
        clock.Elapsed.TotalSeconds >= options.RelaxAfterSeconds ? Math.Max(options.GapTolerance, options.RelaxedGapTolerance) : options.GapTolerance;

    /// <summary>Wentges smoothing: α·center + (1 − α)·duals; both have free weights summing to 1, so the mix does too.</summary>
    private static double[] Mix(double[] center, double[] duals)
    {
        var mixed = new double[duals.Length];
        for (var i = 0; i < duals.Length; i++) mixed[i] = Smoothing * center[i] + (1 - Smoothing) * duals[i];
        return mixed;
    }

    /// <summary>Heuristic panels built on <paramref name="score"/>, kept when they improve under the true <paramref name="weights"/>.</summary>
    private List<int[]> Cheap(double[] score, double[] weights, double threshold)
    {
        var found = new List<int[]>();
        foreach (var start in master.Solution().Where(c => c.P > 1e-9).OrderByDescending(c => c.P).Take(SupportStarts))
        {
            var panel = search.Improve(start.Members, score);
            if (Weight(panel, weights) > threshold) found.Add(panel);
        }
        var jittered = new double[score.Length];
        var scale = score.Max();
        for (var r = 0; r < Constructions; r++)
        {
            for (var i = 0; i < score.Length; i++) jittered[i] = score[i] + (r == 0 ? 1e-9 : 0.05) * scale * random.NextDouble();
            var built = search.Construct(jittered);
            if (built == null) continue;
            var panel = search.Improve(built, score);
            if (Weight(panel, weights) > threshold) found.Add(panel);
        }
        return found;
    }

    private IEnumerable<int[]> Neighbours(int[] best, double[] weights, double threshold)
    {
        var jittered = new double[weights.Length];
        var scale = weights.Max();
        for (var r = 0; r < Constructions; r++)
        {
            for (var i = 0; i < weights.Length; i++) jittered[i] = weights[i] + 0.05 * scale * random.NextDouble();
            var panel = search.Improve(search.Improve(best, jittered), weights);
            if (Weight(panel, weights) > threshold) yield return panel;
        }
    }

    private static double Weight(int[] panel, double[] weights)
    {
        var s = 0.0;
        foreach (var i in panel) s += weights[i];
        return s;
    }
}
