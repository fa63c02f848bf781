using System.Diagnostics;

namespace Participation.Committees.Selection;

/// <summary>
/// The column generation loop over <see cref="MasterLp"/>. Each round prices the master's duals cheaply first
/// (swaps from the panels in use, greedy constructions on jittered weights) and adds every improving panel;
/// only when none is found does the exact MIP decide, adding its panel or proving the bound. The loop ends when
/// the master's value reaches the best known upper bound within the tolerance.
/// </summary>
internal sealed class ColumnGeneration(MasterLp master, PanelSearch search, MipPricer mip, FairLotteryOptions options, Stopwatch clock, Random random)
{
    private const int SupportStarts = 8;
    private const int Constructions = 4;

    private double lpTime, cheapTime;

    public (double Z, double Upper, bool Converged, double[] Weights) Run(double deadline, double knownUpper, string phase)
    {
        var n = master.PoolSize;
        var upper = knownUpper;
        var rounds = 0;
        var exactCalls = 0;
        while (true)
        {
            var t0 = clock.Elapsed.TotalSeconds;
            var (z, weights, mu) = master.Solve();
            lpTime += clock.Elapsed.TotalSeconds - t0;
            rounds++;
            if (z >= upper - options.Tolerance) return (z, upper, true, weights);
            var remaining = deadline - clock.Elapsed.TotalSeconds;
            if (remaining <= 0 || master.ColumnCount >= options.MaxColumns) return (z, upper, false, weights);
            if (rounds % 10 == 0)
                options.Progress?.Invoke($"{phase} round {rounds}: z={z:F6} bound={upper:F6} columns={master.ColumnCount} exact={exactCalls} lp={lpTime:F1}s cheap={cheapTime:F1}s ({clock.Elapsed.TotalSeconds:F1}s)");

            var support = master.Solution().Count(c => c.P > 1e-12);
            if (master.ColumnCount > support + 300) master.Prune(weights, 100);
            var threshold = mu + options.Tolerance;
            var t1 = clock.Elapsed.TotalSeconds;
            var cheap = Cheap(weights, threshold);
            cheapTime += clock.Elapsed.TotalSeconds - t1;
            if (cheap.Count(master.AddColumn) > 0) continue;

            exactCalls++;
            var priced = mip.Price(weights, Math.Min(remaining, options.PricingSeconds));
            upper = Math.Min(upper, z + Math.Max(0, priced.UpperBound - mu));
            var added = 0;
            if (priced.Best != null && priced.BestWeight > threshold)
            {
                added += master.AddColumn(priced.Best) ? 1 : 0;
                // Neighbours of the exact panel are often improving too.
                foreach (var extra in Neighbours(priced.Best, weights, threshold)) added += master.AddColumn(extra) ? 1 : 0;
            }
            if (added == 0)
            {
                if (priced.Proven || z >= upper - options.Tolerance) return (z, Math.Max(z, upper), true, weights);
                return (z, upper, false, weights);
            }
        }
    }

    private List<int[]> Cheap(double[] weights, double threshold)
    {
        var found = new List<int[]>();
        foreach (var start in master.Solution().Where(c => c.P > 1e-9).OrderByDescending(c => c.P).Take(SupportStarts))
        {
            var panel = search.Improve(start.Members, weights);
            if (Weight(panel, weights) > threshold) found.Add(panel);
        }
        var jittered = new double[weights.Length];
        var scale = weights.Max();
        for (var r = 0; r < Constructions; r++)
        {
            for (var i = 0; i < weights.Length; i++) jittered[i] = weights[i] + (r == 0 ? 1e-9 : 0.05) * scale * random.NextDouble();
            var built = search.Construct(jittered);
            if (built == null) continue;
            var panel = search.Improve(built, weights);
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
