using Google.OrTools.LinearSolver;

namespace Participation.Committees.Selection;

/// <summary>
/// The restricted master LP (GLOP): maximise z subject to Σ_P p_P·[i∈P] ≥ z for every free volunteer i,
/// ≥ v_i for every volunteer already fixed at level v_i (LEXIMIN), Σ p_P = 1, p ≥ 0.
/// One solver lives for the whole run and columns are only ever added, so GLOP keeps its basis between solves
/// (presolve is off: it would hide the previous basis) and each re-solve is a few primal simplex pivots.
/// </summary>
internal sealed class MasterLp : IDisposable
{
    private readonly Solver lp;
    private readonly Variable z;
    private readonly Dictionary<int, Constraint> rows = new();
    private readonly Constraint convexity;
    private readonly double?[] fixedLevel;
    private readonly List<(int[] Members, Variable Var)> columns = [];
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private List<(int[] Members, double P)> snapshot = [];
    private bool solved;

    public MasterLp(int poolSize, IEnumerable<int> active)
    {
        PoolSize = poolSize;
        fixedLevel = new double?[poolSize];
        lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        lp.SetSolverSpecificParametersAsString("use_preprocessing:false");
        z = lp.MakeNumVar(0, double.PositiveInfinity, "z");
        foreach (var i in active)
        {
            var row = lp.MakeConstraint(0, double.PositiveInfinity, $"c{i}");
            row.SetCoefficient(z, -1);
            rows[i] = row;
        }
        convexity = lp.MakeConstraint(1, 1, "sum");
        var objective = lp.Objective();
        objective.SetCoefficient(z, 1);
        objective.SetMaximization();
    }

    public int PoolSize { get; }
    public IReadOnlyCollection<int> Active => rows.Keys;
    public bool IsFixed(int i) => fixedLevel[i].HasValue;
    public double FixedLevel(int i) => fixedLevel[i] ?? 0;
    public int ColumnCount => columns.Count;

    public bool AddColumn(int[] members)
    {
        var key = string.Join(',', members);
        if (!keys.Add(key)) return false;
        var v = lp.MakeNumVar(0, double.PositiveInfinity, $"p{columns.Count}");
        foreach (var i in members)
            if (rows.TryGetValue(i, out var row)) row.SetCoefficient(v, 1);
        convexity.SetCoefficient(v, 1);
        columns.Add((members, v));
        return true;
    }

    /// <summary>LEXIMIN: volunteer i keeps at least level v from now on and leaves the minimum.</summary>
    public void Fix(int i, double level)
    {
        fixedLevel[i] = level;
        rows[i].SetCoefficient(z, 0);
        rows[i].SetLb(level);
    }

    /// <summary>Solves; returns z, the pricing weights w_i ≥ 0 and the dual value μ that a new panel must beat.</summary>
    public (double Z, double[] Weights, double Mu) Solve()
    {
        using var parameters = new MPSolverParameters();
        parameters.SetIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE, (int)MPSolverParameters.PresolveValues.PRESOLVE_OFF);
        // From scratch the dual simplex copes far better with this degenerate LP; after new columns the last basis
        // stays primal feasible, so the primal simplex carries on from it.
        parameters.SetIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
            (int)(solved ? MPSolverParameters.LpAlgorithmValues.PRIMAL : MPSolverParameters.LpAlgorithmValues.DUAL));
        var status = lp.Solve(parameters);
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Numerical trouble in a warm start: solve again from scratch before giving up.
            lp.Reset();
            status = lp.Solve();
        }
        if (status != Solver.ResultStatus.OPTIMAL) throw new InvalidOperationException($"Master LP status {status}.");
        solved = true;
        var zValue = z.SolutionValue();
        snapshot = columns.Select(c => (c.Members, c.Var.SolutionValue())).ToList();
        var duals = new double[PoolSize];
        foreach (var (i, row) in rows) duals[i] = row.DualValue();
        // Orientation: the free rows' weights sum to 1 (they price the z column).
        var freeSum = rows.Where(r => !IsFixed(r.Key)).Sum(r => duals[r.Key]);
        var sign = freeSum < 0 ? -1.0 : 1.0;
        var weights = duals.Select(d => Math.Max(0, sign * d)).ToArray();
        return (zValue, weights, Mu(zValue, weights));
    }

    /// <summary>μ = dual objective = z + Σ_fixed w_i·v_i (strong duality): the weight a panel must beat.</summary>
    public double Mu(double zValue, double[] weights) =>
        zValue + rows.Keys.Where(IsFixed).Sum(i => weights[i] * fixedLevel[i]!.Value);

    /// <summary>Σ_fixed w_i·v_i: with any weights w ≥ 0 whose free part sums to 1, max_P w(P) minus this bounds z from above.</summary>
    public double FixedCredit(double[] weights) => rows.Keys.Where(IsFixed).Sum(i => weights[i] * fixedLevel[i]!.Value);

    /// <summary>The primal solution of the last <see cref="Solve"/> (kept, since later changes invalidate the solver's copy).</summary>
    public IEnumerable<(int[] Members, double P)> Solution() => snapshot;

    public void Dispose() => lp.Dispose();
}
