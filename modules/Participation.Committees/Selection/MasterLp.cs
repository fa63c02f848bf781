using Google.OrTools.LinearSolver;

namespace Participation.Committees.Selection;

/// <summary>
/// The restricted master LP (GLOP): maximise z subject to Σ_P p_P·[i∈P] ≥ z for every free volunteer i,
/// ≥ v_i for every volunteer already fixed at level v_i (LEXIMIN), Σ p_P = 1, p ≥ 0.
/// This LP is highly degenerate and GLOP gains little from warm starts on it, so solve time grows with the
/// number of columns: <see cref="Prune"/> rebuilds it with the panels in use plus the most promising others
/// (a dropped panel can always come back through pricing).
/// </summary>
internal sealed class MasterLp : IDisposable
{
    private Solver lp = null!;
    private Variable z = null!;
    private Dictionary<int, Constraint> rows = new();
    private Constraint convexity = null!;
    private readonly int[] active;
    private readonly double?[] fixedLevel;
    private List<(int[] Members, Variable Var)> columns = [];
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private List<(int[] Members, double P)> snapshot = [];

    public MasterLp(int poolSize, IEnumerable<int> active)
    {
        PoolSize = poolSize;
        this.active = active.ToArray();
        fixedLevel = new double?[poolSize];
        Build();
    }

    private void Build()
    {
        lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        z = lp.MakeNumVar(0, double.PositiveInfinity, "z");
        rows = new Dictionary<int, Constraint>();
        foreach (var i in active)
        {
            var row = lp.MakeConstraint(fixedLevel[i] ?? 0, double.PositiveInfinity, $"c{i}");
            row.SetCoefficient(z, fixedLevel[i].HasValue ? 0 : -1);
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
    public int ColumnCount => columns.Count;

    public bool AddColumn(int[] members)
    {
        var key = string.Join(',', members);
        if (!keys.Add(key)) return false;
        Add(members);
        return true;
    }

    private void Add(int[] members)
    {
        var v = lp.MakeNumVar(0, double.PositiveInfinity, $"p{columns.Count}");
        foreach (var i in members)
            if (rows.TryGetValue(i, out var row)) row.SetCoefficient(v, 1);
        convexity.SetCoefficient(v, 1);
        columns.Add((members, v));
    }

    /// <summary>Keeps the panels in the last solution and the <paramref name="extra"/> heaviest others under <paramref name="weights"/>.</summary>
    public void Prune(double[] weights, int extra)
    {
        var used = snapshot.Where(c => c.P > 1e-12).Select(c => c.Members).ToList();
        var usedKeys = used.Select(m => string.Join(',', m)).ToHashSet(StringComparer.Ordinal);
        var others = snapshot.Where(c => c.P <= 1e-12)
            .OrderByDescending(c => c.Members.Sum(i => weights[i])).Take(extra).Select(c => c.Members).ToList();
        lp.Dispose();
        Build();
        columns = [];
        keys.Clear();
        foreach (var m in used.Concat(others))
            if (keys.Add(string.Join(',', m))) Add(m);
        _ = usedKeys;
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
        var status = lp.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // Numerical trouble in a warm start: solve again from scratch before giving up.
            lp.Reset();
            status = lp.Solve();
        }
        if (status != Solver.ResultStatus.OPTIMAL) throw new InvalidOperationException($"Master LP status {status}.");
        var zValue = z.SolutionValue();
        snapshot = columns.Select(c => (c.Members, c.Var.SolutionValue())).ToList();
        var duals = new double[PoolSize];
        foreach (var (i, row) in rows) duals[i] = row.DualValue();
        // Orientation: the free rows' weights sum to 1 (they price the z column).
        var freeSum = rows.Where(r => !IsFixed(r.Key)).Sum(r => duals[r.Key]);
        var sign = freeSum < 0 ? -1.0 : 1.0;
        var weights = duals.Select(d => Math.Max(0, sign * d)).ToArray();
        // μ = dual objective = z + Σ_fixed w_i·v_i (strong duality).
        var mu = zValue + rows.Keys.Where(IsFixed).Sum(i => weights[i] * fixedLevel[i]!.Value);
        return (zValue, weights, mu);
    }

    /// <summary>The primal solution of the last <see cref="Solve"/> (kept, since later changes invalidate the solver's copy).</summary>
    public IEnumerable<(int[] Members, double P)> Solution() => snapshot;

    public void Dispose() => lp.Dispose();
}
