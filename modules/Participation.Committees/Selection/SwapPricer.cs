namespace Participation.Committees.Selection;

/// <summary>
/// Cheap heuristic pricing tried before the exact CP-SAT call: from each panel in the current LP support
/// (whose weight equals μ), apply best-improvement single swaps (one member out, one volunteer in) that keep
/// every quota and the household rule, until no swap helps. Any result heavier than μ is an improving column.
/// When it finds none, the exact pricer decides (so optimality is still proven by CP-SAT).
/// </summary>
internal sealed class SwapPricer
{
    private readonly SelectionProblem problem;
    private readonly int[][] quotasOf;
    private readonly int[] householdOf;
    private readonly bool[] excluded;

    public SwapPricer(SelectionProblem problem, IReadOnlySet<int> unreachable)
    {
        this.problem = problem;
        var n = problem.Pool.Count;
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var q = 0; q < problem.Quotas.Count; q++)
            foreach (var i in problem.Members(problem.Quotas[q])) lists[i].Add(q);
        quotasOf = lists.Select(l => l.ToArray()).ToArray();
        var households = new Dictionary<string, int>(StringComparer.Ordinal);
        householdOf = problem.Pool.Select((v, i) => !problem.OnePerHousehold || string.IsNullOrEmpty(v.Household)
            ? -1 - i : households.TryGetValue(v.Household!, out var h) ? h : households[v.Household!] = households.Count).ToArray();
        excluded = Enumerable.Range(0, n).Select(unreachable.Contains).ToArray();
    }

    public List<int[]> Improve(IEnumerable<int[]> starts, double[] weights, double threshold)
    {
        var found = new List<int[]>();
        foreach (var start in starts)
        {
            var panel = LocalSearch(start, weights);
            if (panel.Sum(i => weights[i]) > threshold) found.Add(panel);
        }
        return found;
    }

    private int[] LocalSearch(int[] start, double[] weights)
    {
        var n = problem.Pool.Count;
        var inPanel = new bool[n];
        var members = start.ToList();
        foreach (var i in members) inPanel[i] = true;
        var counts = new int[problem.Quotas.Count];
        foreach (var i in members) foreach (var q in quotasOf[i]) counts[q]++;
        var householdsUsed = new Dictionary<int, int>();
        foreach (var i in members) householdsUsed[householdOf[i]] = householdsUsed.GetValueOrDefault(householdOf[i]) + 1;

        // Only volunteers heavier than someone in the panel can improve it; duals are sparse, so scan just those.
        var candidates = Enumerable.Range(0, n).Where(b => weights[b] > 0 && !excluded[b]).OrderByDescending(b => weights[b]).ToArray();
        for (var step = 0; step < 4 * problem.PanelSize; step++)
        {
            var bestGain = 1e-12;
            int bestOut = -1, bestIn = -1;
            foreach (var a in members)
                foreach (var b in candidates)
                {
                    if (weights[b] - weights[a] <= bestGain) break;
                    if (inPanel[b]) continue;
                    if (householdOf[b] != householdOf[a] && householdsUsed.GetValueOrDefault(householdOf[b]) > 0) continue;
                    if (!SwapKeepsQuotas(a, b, counts)) continue;
                    bestGain = weights[b] - weights[a];
                    bestOut = a; bestIn = b;
                }
            if (bestOut < 0) break;
            members.Remove(bestOut); members.Add(bestIn);
            inPanel[bestOut] = false; inPanel[bestIn] = true;
            foreach (var q in quotasOf[bestOut]) counts[q]--;
            foreach (var q in quotasOf[bestIn]) counts[q]++;
            householdsUsed[householdOf[bestOut]]--;
            householdsUsed[householdOf[bestIn]] = householdsUsed.GetValueOrDefault(householdOf[bestIn]) + 1;
        }
        members.Sort();
        return members.ToArray();
    }

    private bool SwapKeepsQuotas(int a, int b, int[] counts)
    {
        foreach (var q in quotasOf[b])
            if (Array.IndexOf(quotasOf[a], q) < 0 && counts[q] + 1 > problem.Quotas[q].Max) return false;
        foreach (var q in quotasOf[a])
            if (Array.IndexOf(quotasOf[b], q) < 0 && counts[q] - 1 < problem.Quotas[q].Min) return false;
        return true;
    }
}
