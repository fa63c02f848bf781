using Google.OrTools.Sat;

namespace Participation.Committees.Selection;

/// <summary>
/// Pricing for column generation: finds the valid panel of largest total weight with CP-SAT (exact).
/// Weights are scaled to integers (CP-SAT needs them); the rounding error is bounded and added to the bound.
/// Every improving panel met during the search is returned, so one call can add several columns.
/// </summary>
internal sealed class PanelPricer
{
    private const double Scale = 1e7;
    private readonly PanelModel panel;
    private readonly int seed;
    private int calls;

    public PanelPricer(SelectionProblem problem, IReadOnlySet<int> excluded, int seed)
    {
        panel = new PanelModel(problem, excluded);
        this.seed = seed;
    }

    public sealed record Result(List<int[]> Improving, double BestWeight, double UpperBound, bool Proven);

    public Result Price(double[] weights, double threshold, double seconds, int[]? hint)
    {
        var max = Math.Max(weights.Max(), 1e-12);
        var factor = Scale / max;
        var coeffs = weights.Select(w => (long)Math.Round(Math.Max(0, w) * factor)).ToArray();
        panel.Model.Maximize(LinearExpr.WeightedSum(panel.Picks, coeffs));
        panel.Model.ClearHints();
        if (hint != null)
        {
            var set = hint.ToHashSet();
            for (var i = 0; i < panel.Picks.Length; i++) panel.Model.AddHint(panel.Picks[i], set.Contains(i) ? 1 : 0);
        }
        var collector = new Collector(panel, weights, threshold);
        var solver = PanelModel.NewSolver(seconds, 1, seed + calls++);
        var status = solver.Solve(panel.Model, collector);
        var roundingSlack = panel.Problem.PanelSize * 0.5 / factor;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new Result([], double.NegativeInfinity, double.PositiveInfinity, false);
        var best = panel.Chosen(solver);
        var bestWeight = best.Sum(i => weights[i]);
        if (bestWeight > threshold && !collector.Found.Any(f => f.SequenceEqual(best))) collector.Found.Add(best);
        var bound = solver.BestObjectiveBound / factor + roundingSlack;
        return new Result(collector.Found, bestWeight, Math.Max(bound, bestWeight), status == CpSolverStatus.Optimal);
    }

    private sealed class Collector(PanelModel panel, double[] weights, double threshold) : CpSolverSolutionCallback
    {
        public List<int[]> Found { get; } = [];

        public override void OnSolutionCallback()
        {
            var chosen = panel.Chosen(this);
            if (chosen.Sum(i => weights[i]) > threshold) Found.Add(chosen);
        }
    }
}
