using Google.OrTools.Sat;

namespace Participation.Committees.Selection;

/// <summary>The CP-SAT model of "one valid panel": a Boolean per volunteer, size, quotas and household rule.</summary>
internal sealed class PanelModel
{
    public PanelModel(SelectionProblem problem, IReadOnlySet<int>? excluded = null)
    {
        Problem = problem;
        Model = new CpModel();
        Picks = new BoolVar[problem.Pool.Count];
        for (var i = 0; i < Picks.Length; i++)
        {
            Picks[i] = Model.NewBoolVar($"x{i}");
            if (excluded?.Contains(i) == true) Model.Add(Picks[i] == 0);
        }
        Model.Add(LinearExpr.Sum(Picks) == problem.PanelSize);
        foreach (var q in problem.Quotas)
        {
            var members = problem.Members(q).Select(i => Picks[i]).ToArray();
            Model.AddLinearConstraint(LinearExpr.Sum(members), q.Min, q.Max);
        }
        if (problem.OnePerHousehold)
            foreach (var household in problem.SharedHouseholds())
                Model.AddAtMostOne(household.Select(i => (ILiteral)Picks[i]));
    }

    public SelectionProblem Problem { get; }
    public CpModel Model { get; }
    public BoolVar[] Picks { get; }

    public static CpSolver NewSolver(double seconds, int workers = 1, int seed = 0)
    {
        var solver = new CpSolver();
        solver.StringParameters = string.Join(' ',
            $"max_time_in_seconds:{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"num_workers:{workers}", $"random_seed:{seed}", "log_search_progress:false");
        return solver;
    }

    public int[] Chosen(CpSolver solver) =>
        Enumerable.Range(0, Picks.Length).Where(i => solver.BooleanValue(Picks[i])).ToArray();

    public int[] Chosen(CpSolverSolutionCallback callback) =>
        Enumerable.Range(0, Picks.Length).Where(i => callback.BooleanValue(Picks[i])).ToArray();
}
