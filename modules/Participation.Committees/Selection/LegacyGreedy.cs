namespace Participation.Committees.Selection;

/// <summary>
/// The greedy sequential method many councils used before (kept for comparison only): repeatedly pick uniformly
/// among the volunteers whose value is furthest below its minimum (or anyone who still fits once all minima are met),
/// never breaking a maximum or the household rule; restart when stuck. Its probabilities are estimated by Monte Carlo.
/// </summary>
public static class LegacyGreedy
{
    public static int[]? DrawOnce(SelectionProblem problem, Random random, int maxRestarts = 200)
    {
        var quotaMembers = problem.Quotas.Select(q => problem.Members(q).ToHashSet()).ToArray();
        for (var restart = 0; restart < maxRestarts; restart++)
        {
            var chosen = new List<int>();
            var counts = new int[problem.Quotas.Count];
            var households = new HashSet<string>(StringComparer.Ordinal);
            var available = Enumerable.Range(0, problem.Pool.Count).ToHashSet();
            while (chosen.Count < problem.PanelSize)
            {
                bool Fits(int i) => (!problem.OnePerHousehold || string.IsNullOrEmpty(problem.Pool[i].Household) || !households.Contains(problem.Pool[i].Household!))
                    && Enumerable.Range(0, counts.Length).All(q => !quotaMembers[q].Contains(i) || counts[q] < problem.Quotas[q].Max);
                var deficits = Enumerable.Range(0, counts.Length).Where(q => counts[q] < problem.Quotas[q].Min)
                    .OrderByDescending(q => problem.Quotas[q].Min - counts[q]).ToList();
                List<int> candidates = [];
                foreach (var q in deficits)
                {
                    candidates = quotaMembers[q].Where(i => available.Contains(i) && Fits(i)).ToList();
                    if (candidates.Count > 0) break;
                }
                if (candidates.Count == 0 && deficits.Count == 0) candidates = available.Where(Fits).ToList();
                if (candidates.Count == 0) break;
                var pick = candidates[random.Next(candidates.Count)];
                chosen.Add(pick);
                available.Remove(pick);
                if (problem.Pool[pick].Household is { Length: > 0 } h) households.Add(h);
                for (var q = 0; q < counts.Length; q++) if (quotaMembers[q].Contains(pick)) counts[q]++;
            }
            if (chosen.Count == problem.PanelSize && problem.IsValidPanel(chosen)) return chosen.ToArray();
        }
        return null;
    }

    /// <summary>Monte-Carlo selection frequencies over <paramref name="draws"/> successful draws.</summary>
    public static double[] EstimateProbabilities(SelectionProblem problem, int draws, int seed)
    {
        var random = new Random(seed);
        var counts = new double[problem.Pool.Count];
        var done = 0;
        for (var d = 0; d < draws; d++)
        {
            var panel = DrawOnce(problem, random);
            if (panel == null) continue;
            done++;
            foreach (var i in panel) counts[i]++;
        }
        return counts.Select(c => done == 0 ? 0 : c / done).ToArray();
    }
}
