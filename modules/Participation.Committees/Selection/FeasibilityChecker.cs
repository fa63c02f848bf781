using Google.OrTools.Sat;

namespace Participation.Committees.Selection;

/// <summary>
/// Checks at once whether any valid panel exists. When none does, it names the quotas that cannot hold
/// together (simple counting first, then a CP-SAT unsatisfiable core) and computes the smallest relaxation:
/// new min/max bounds with the least total change, found by CP-SAT with slack variables.
/// </summary>
public sealed class FeasibilityChecker
{
    public FeasibilityReport Check(SelectionProblem problem, double seconds = 10)
    {
        var basic = new PanelModel(problem);
        var solver = PanelModel.NewSolver(seconds);
        var status = solver.Solve(basic.Model);
        if (status is CpSolverStatus.Optimal or CpSolverStatus.Feasible) return FeasibilityReport.Ok;
        // Out of time without a proof (a busy machine): not a proof of infeasibility, so let the solver try.
        if (status != CpSolverStatus.Infeasible) return FeasibilityReport.Ok;

        var issues = CountingIssues(problem);
        if (issues.Count == 0) issues.AddRange(CoreIssue(problem, seconds));
        var (found, relaxation) = SmallestRelaxation(problem, seconds);
        return new FeasibilityReport(false, issues, relaxation, found);
    }

    private static List<QuotaIssue> CountingIssues(SelectionProblem problem)
    {
        var issues = new List<QuotaIssue>();
        var k = problem.PanelSize;
        var seatable = problem.OnePerHousehold
            ? problem.Pool.Select((v, i) => string.IsNullOrEmpty(v.Household) ? $"#{i}" : v.Household).Distinct().Count()
            : problem.Pool.Count;
        if (seatable < k) issues.Add(new QuotaIssue(QuotaIssueKind.PoolTooSmall, [], k, seatable));
        foreach (var q in problem.Quotas)
        {
            var available = problem.Members(q).Length;
            if (available < q.Min) issues.Add(new QuotaIssue(QuotaIssueKind.NotEnoughVolunteers, [q], q.Min, available));
        }
        foreach (var category in problem.Quotas.GroupBy(q => q.Category))
        {
            var quotas = category.ToList();
            var minSum = quotas.Sum(q => q.Min);
            if (minSum > k) issues.Add(new QuotaIssue(QuotaIssueKind.MinimaExceedPanelSize, quotas, minSum, k));
            // Only a closed category (every volunteer carries one of its quota'd values) caps the panel.
            var covered = problem.Pool.Count(v => v.Features.TryGetValue(category.Key, out var val) && quotas.Any(q => q.Value == val));
            if (covered == problem.Pool.Count)
            {
                var maxSum = quotas.Sum(q => Math.Min(q.Max, problem.Members(q).Length));
                if (maxSum < k) issues.Add(new QuotaIssue(QuotaIssueKind.MaximaBelowPanelSize, quotas, k, maxSum));
            }
        }
        return issues;
    }

    /// <summary>Quotas enforced under assumption literals; CP-SAT returns a subset that cannot hold together.</summary>
    private static IEnumerable<QuotaIssue> CoreIssue(SelectionProblem problem, double seconds)
    {
        var model = new CpModel();
        var picks = Enumerable.Range(0, problem.Pool.Count).Select(i => model.NewBoolVar($"x{i}")).ToArray();
        model.Add(LinearExpr.Sum(picks) == problem.PanelSize);
        if (problem.OnePerHousehold)
            foreach (var h in problem.SharedHouseholds()) model.AddAtMostOne(h.Select(i => (ILiteral)picks[i]));
        var literals = new List<(BoolVar Lit, Quota Quota)>();
        foreach (var q in problem.Quotas)
        {
            var lit = model.NewBoolVar($"q{literals.Count}");
            model.AddLinearConstraint(LinearExpr.Sum(problem.Members(q).Select(i => picks[i])), q.Min, q.Max).OnlyEnforceIf(lit);
            literals.Add((lit, q));
        }
        model.AddAssumptions(literals.Select(l => (ILiteral)l.Lit));
        var solver = PanelModel.NewSolver(seconds);
        if (solver.Solve(model) != CpSolverStatus.Infeasible) yield break;
        var core = solver.SufficientAssumptionsForInfeasibility().ToHashSet();
        var quotas = literals.Where(l => core.Contains(l.Lit.GetIndex())).Select(l => l.Quota).ToList();
        yield return new QuotaIssue(QuotaIssueKind.ConflictingSet, quotas, 0, 0);
    }

    private static (bool Found, List<QuotaChange> Changes) SmallestRelaxation(SelectionProblem problem, double seconds)
    {
        var model = new CpModel();
        var n = problem.Pool.Count;
        var picks = Enumerable.Range(0, n).Select(i => model.NewBoolVar($"x{i}")).ToArray();
        model.Add(LinearExpr.Sum(picks) == problem.PanelSize);
        if (problem.OnePerHousehold)
            foreach (var h in problem.SharedHouseholds()) model.AddAtMostOne(h.Select(i => (ILiteral)picks[i]));
        var slacks = new List<(Quota Quota, IntVar Down, IntVar Up)>();
        foreach (var q in problem.Quotas)
        {
            var down = model.NewIntVar(0, Math.Max(0, q.Min), "down");
            var up = model.NewIntVar(0, problem.PanelSize, "up");
            var count = LinearExpr.Sum(problem.Members(q).Select(i => picks[i]));
            model.Add(count >= q.Min - down);
            model.Add(count <= q.Max + up);
            slacks.Add((q, down, up));
        }
        model.Minimize(LinearExpr.Sum(slacks.SelectMany(s => new[] { s.Down, s.Up })));
        var solver = PanelModel.NewSolver(seconds);
        var status = solver.Solve(model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return (false, []);
        var changes = slacks
            .Select(s => new QuotaChange(s.Quota, s.Quota.Min - (int)solver.Value(s.Down), s.Quota.Max + (int)solver.Value(s.Up)))
            .Where(c => c.Amount > 0)
            .ToList();
        return (true, changes);
    }
}
