namespace Participation.Committees.Selection;

/// <summary>
/// Fast heuristic panel search, used for the warm start and as cheap pricing before the exact MIP:
/// <see cref="Construct"/> builds a valid panel greedily by score (looking ahead per category so minima stay
/// reachable), <see cref="Improve"/> applies best-improvement swaps (one member out, one volunteer in) that keep
/// every quota and the household rule. Both work on flat arrays: one quota index per volunteer and category.
/// Heuristic only: optimality is always decided by the exact pricer or the fractional bound.
/// </summary>
internal sealed class PanelSearch
{
    private readonly int n, k, categories;
    private readonly int[][] quotaOf;      // [volunteer][category] → quota index or -1
    private readonly int[] min, max, categoryOf;
    private readonly bool[] closed;        // every volunteer carries one of the category's quota'd values
    private readonly int[] household;      // shared household id, or a unique negative number
    private readonly bool[] excluded;

    public PanelSearch(SelectionProblem problem, IReadOnlySet<int> unreachable)
    {
        n = problem.Pool.Count;
        k = problem.PanelSize;
        var names = problem.Quotas.Select(q => q.Category).Distinct(StringComparer.Ordinal).ToList();
        categories = names.Count;
        categoryOf = problem.Quotas.Select(q => names.IndexOf(q.Category)).ToArray();
        min = problem.Quotas.Select(q => q.Min).ToArray();
        max = problem.Quotas.Select(q => q.Max).ToArray();
        var lookup = new Dictionary<(string, string), int>();
        for (var q = 0; q < problem.Quotas.Count; q++) lookup.TryAdd((problem.Quotas[q].Category, problem.Quotas[q].Value), q);
        quotaOf = problem.Pool.Select(v => names.Select(c =>
            v.Features.TryGetValue(c, out var value) && lookup.TryGetValue((c, value), out var q) ? q : -1).ToArray()).ToArray();
        closed = Enumerable.Range(0, categories).Select(c => quotaOf.All(row => row[c] >= 0)).ToArray();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        household = problem.Pool.Select((v, i) => !problem.OnePerHousehold || string.IsNullOrEmpty(v.Household)
            ? -1 - i : ids.TryGetValue(v.Household!, out var h) ? h : ids[v.Household!] = ids.Count).ToArray();
        excluded = Enumerable.Range(0, n).Select(unreachable.Contains).ToArray();
        householdCount = ids.Count;
    }

    private readonly int householdCount;

    /// <summary>Greedy by descending score; null when the per-category look-ahead was not enough to finish.</summary>
    public int[]? Construct(double[] score)
    {
        var order = Enumerable.Range(0, n).Where(i => !excluded[i]).ToArray();
        var keys = order.Select(i => -score[i]).ToArray();
        Array.Sort(keys, order);
        var counts = new int[min.Length];
        var deficit = new int[categories];
        var room = new int[categories];
        for (var q = 0; q < min.Length; q++) { deficit[categoryOf[q]] += min[q]; room[categoryOf[q]] += max[q]; }
        var usedHousehold = new bool[householdCount];
        var taken = new bool[n];
        var panel = new List<int>(k);
        var progress = true;
        while (panel.Count < k && progress)
        {
            progress = false;
            foreach (var i in order)
            {
                if (panel.Count == k) break;
                if (taken[i] || (household[i] >= 0 && usedHousehold[household[i]])) continue;
                if (!CanAdd(i, counts, deficit, room, k - panel.Count - 1)) continue;
                taken[i] = true;
                panel.Add(i);
                if (household[i] >= 0) usedHousehold[household[i]] = true;
                foreach (var q in quotaOf[i])
                {
                    if (q < 0) continue;
                    if (counts[q] < min[q]) deficit[categoryOf[q]]--;
                    room[categoryOf[q]]--;
                    counts[q]++;
                }
                progress = true;
            }
        }
        if (panel.Count < k) return null;
        panel.Sort();
        return panel.ToArray();
    }

    private bool CanAdd(int i, int[] counts, int[] deficit, int[] room, int slotsAfter)
    {
        var row = quotaOf[i];
        for (var c = 0; c < categories; c++)
        {
            var q = row[c];
            var d = deficit[c];
            var r = room[c];
            if (q >= 0)
            {
                if (counts[q] + 1 > max[q]) return false;
                if (counts[q] < min[q]) d--;
                r--;
            }
            if (d > slotsAfter) return false;
            if (closed[c] && r < slotsAfter) return false;
        }
        return true;
    }

    /// <summary>Best-improvement swaps from a valid panel until none raises the total score.</summary>
    public int[] Improve(int[] start, double[] score, int maxSteps = 0)
    {
        var inPanel = new bool[n];
        var members = new List<int>(start);
        foreach (var i in members) inPanel[i] = true;
        var counts = new int[min.Length];
        foreach (var i in members) foreach (var q in quotaOf[i]) if (q >= 0) counts[q]++;
        var usedHousehold = new int[householdCount];
        foreach (var i in members) if (household[i] >= 0) usedHousehold[household[i]]++;
        var candidates = Enumerable.Range(0, n).Where(b => !excluded[b]).ToArray();
        var keys = candidates.Select(b => -score[b]).ToArray();
        Array.Sort(keys, candidates);
        if (maxSteps <= 0) maxSteps = 4 * k;
        for (var step = 0; step < maxSteps; step++)
        {
            members.Sort((a, b) => score[a].CompareTo(score[b]));
            var bestGain = 1e-12;
            int bestOut = -1, bestIn = -1;
            foreach (var a in members)
            {
                foreach (var b in candidates)
                {
                    if (score[b] - score[a] <= bestGain) break;
                    if (inPanel[b]) continue;
                    if (household[b] >= 0 && household[b] != household[a] && usedHousehold[household[b]] > 0) continue;
                    if (!SwapKeepsQuotas(a, b, counts)) continue;
                    bestGain = score[b] - score[a];
                    bestOut = a; bestIn = b;
                    break; // candidates are in descending order: the first fit is the best for this a
                }
            }
            if (bestOut < 0) break;
            members.Remove(bestOut); members.Add(bestIn);
            inPanel[bestOut] = false; inPanel[bestIn] = true;
            foreach (var q in quotaOf[bestOut]) if (q >= 0) counts[q]--;
            foreach (var q in quotaOf[bestIn]) if (q >= 0) counts[q]++;
            if (household[bestOut] >= 0) usedHousehold[household[bestOut]]--;
            if (household[bestIn] >= 0) usedHousehold[household[bestIn]]++;
        }
        members.Sort();
        return members.ToArray();
    }

    /// <summary>
    /// Puts volunteer <paramref name="i"/> into the valid panel <paramref name="start"/> by one swap that keeps every
    /// quota and the household rule, taking out the member of lowest <paramref name="score"/>; null when no swap fits.
    /// </summary>
    public int[]? Insert(int[] start, int i, double[] score)
    {
        if (excluded[i] || Array.IndexOf(start, i) >= 0) return excluded[i] ? null : start;
        var counts = new int[min.Length];
        foreach (var m in start) foreach (var q in quotaOf[m]) if (q >= 0) counts[q]++;
        var best = -1;
        foreach (var a in start)
        {
            if (household[i] >= 0 && household[i] != household[a] && start.Any(m => m != a && household[m] == household[i])) continue;
            if (!SwapKeepsQuotas(a, i, counts)) continue;
            if (best < 0 || score[a] < score[best]) best = a;
        }
        if (best < 0) return null;
        var panel = start.Where(m => m != best).Append(i).ToArray();
        Array.Sort(panel);
        return panel;
    }

    private bool SwapKeepsQuotas(int a, int b, int[] counts)
    {
        var ra = quotaOf[a];
        var rb = quotaOf[b];
        for (var c = 0; c < categories; c++)
        {
            if (ra[c] == rb[c]) continue;
            if (rb[c] >= 0 && counts[rb[c]] + 1 > max[rb[c]]) return false;
            if (ra[c] >= 0 && counts[ra[c]] - 1 < min[ra[c]]) return false;
        }
        return true;
    }
}
