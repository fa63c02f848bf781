using Google.OrTools.LinearSolver;

namespace Participation.Committees.Selection;

/// <summary>
/// The LP relaxation of MAXIMIN: maximise z over fractional "panels" x ∈ [0,1]ⁿ (size, quotas and households as
/// linear constraints) with x_i ≥ z for every volunteer who counts. Every lottery over valid panels has its
/// marginals in this polytope, so z_frac bounds the MAXIMIN value from above; on realistic pools it is usually
/// equal to it, which lets column generation stop as soon as the master reaches it. x is the herding target.
/// </summary>
internal static class FractionalBound
{
    public sealed record Result(double Z, double[] X);

    public static Result Solve(SelectionProblem problem, IReadOnlySet<int> unreachable)
    {
        var n = problem.Pool.Count;
        using var lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var x = new Variable[n];
        for (var i = 0; i < n; i++) x[i] = lp.MakeNumVar(0, unreachable.Contains(i) ? 0 : 1, $"x{i}");
        var z = lp.MakeNumVar(0, 1, "z");
        var size = lp.MakeConstraint(problem.PanelSize, problem.PanelSize, "k");
        foreach (var v in x) size.SetCoefficient(v, 1);
        foreach (var q in problem.Quotas)
        {
            var row = lp.MakeConstraint(q.Min, q.Max);
            foreach (var i in problem.Members(q)) row.SetCoefficient(x[i], 1);
        }
        if (problem.OnePerHousehold)
            foreach (var h in problem.SharedHouseholds())
            {
                var row = lp.MakeConstraint(0, 1);
                foreach (var i in h) row.SetCoefficient(x[i], 1);
            }
        for (var i = 0; i < n; i++)
        {
            if (unreachable.Contains(i)) continue;
            var row = lp.MakeConstraint(0, double.PositiveInfinity);
            row.SetCoefficient(x[i], 1);
            row.SetCoefficient(z, -1);
        }
        lp.Objective().SetCoefficient(z, 1);
        lp.Objective().SetMaximization();
        if (lp.Solve() != Solver.ResultStatus.OPTIMAL) return new Result(1, Enumerable.Repeat((double)problem.PanelSize / n, n).ToArray());
        return new Result(z.SolutionValue(), x.Select(v => Math.Clamp(v.SolutionValue(), 0, 1)).ToArray());
    }
}
