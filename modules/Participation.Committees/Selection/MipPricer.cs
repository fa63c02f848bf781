using Google.OrTools.LinearSolver;

namespace Participation.Committees.Selection;

/// <summary>
/// Exact pricing for column generation: the valid panel of largest total dual weight, by a MIP solver (HiGHS
/// through OR-Tools; SCIP or CBC if HiGHS is missing). The model is built once; each call only changes the
/// objective. Returns the best panel and a proven upper bound on the best weight (the MIP's dual bound).
/// </summary>
internal sealed class MipPricer : IDisposable
{
    private readonly Solver mip;
    private readonly Variable[] x;
    private readonly int k;

    public MipPricer(SelectionProblem problem, IReadOnlySet<int> excluded)
    {
        mip = Solver.CreateSolver("HIGHS") ?? Solver.CreateSolver("SCIP") ?? Solver.CreateSolver("CBC")
            ?? throw new InvalidOperationException("No MIP solver is available.");
        mip.SuppressOutput();
        mip.SetNumThreads(1);
        k = problem.PanelSize;
        var n = problem.Pool.Count;
        x = new Variable[n];
        for (var i = 0; i < n; i++) x[i] = mip.MakeIntVar(0, excluded.Contains(i) ? 0 : 1, $"x{i}");
        var size = mip.MakeConstraint(k, k);
        foreach (var v in x) size.SetCoefficient(v, 1);
        foreach (var q in problem.Quotas)
        {
            var row = mip.MakeConstraint(q.Min, q.Max);
            foreach (var i in problem.Members(q)) row.SetCoefficient(x[i], 1);
        }
        if (problem.OnePerHousehold)
            foreach (var h in problem.SharedHouseholds())
            {
                var row = mip.MakeConstraint(0, 1);
                foreach (var i in h) row.SetCoefficient(x[i], 1);
            }
        mip.Objective().SetMaximization();
    }

    public sealed record Result(int[]? Best, double BestWeight, double UpperBound, bool Proven);

    public Result Price(double[] weights, double seconds, double relativeGap = 1e-9)
    {
        var objective = mip.Objective();
        for (var i = 0; i < x.Length; i++) objective.SetCoefficient(x[i], weights[i]);
        mip.SetTimeLimit((long)Math.Max(1000, seconds * 1000));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        var status = mip.Solve(parameters);
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
            return new Result(null, double.NegativeInfinity, double.PositiveInfinity, false);
        var best = Enumerable.Range(0, x.Length).Where(i => x[i].SolutionValue() > 0.5).ToArray();
        var weight = best.Sum(i => weights[i]);
        var bound = Math.Max(weight, objective.BestBound());
        if (best.Length != k) return new Result(null, double.NegativeInfinity, bound, false);
        return new Result(best, weight, bound, status == Solver.ResultStatus.OPTIMAL);
    }

    public void Dispose() => mip.Dispose();
}
