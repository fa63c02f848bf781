namespace Participation.Committees.Selection;

/// <summary>Finds the volunteers who can sit on no valid panel (they do not count toward the minimum).</summary>
internal static class PanelCover
{
    /// <summary>Volunteers carrying a value whose quota maximum is 0.</summary>
    public static HashSet<int> TriviallyUnreachable(SelectionProblem problem)
    {
        var result = new HashSet<int>();
        foreach (var q in problem.Quotas.Where(q => q.Max <= 0)) result.UnionWith(problem.Members(q));
        return result;
    }

    /// <summary>
    /// Volunteers in none of <paramref name="columns"/>: the exact pricer maximises how many of them one panel can hold;
    /// each panel found is added; when the maximum is 0 the rest are unreachable.
    /// </summary>
    public static HashSet<int> CoverRest(SelectionProblem problem, List<int[]> columns, IReadOnlySet<int> unreachable, MipPricer mip, FairLotteryOptions options)
    {
        var n = problem.Pool.Count;
        var covered = new bool[n];
        foreach (var c in columns) foreach (var i in c) covered[i] = true;
        while (true)
        {
            var open = Enumerable.Range(0, n).Where(i => !covered[i] && !unreachable.Contains(i)).ToList();
            if (open.Count == 0) return [];
            var weights = new double[n];
            foreach (var i in open) weights[i] = 1;
            var priced = mip.Price(weights, options.PricingSeconds);
            if (priced.Best == null || priced.BestWeight < 0.5)
                return priced.Proven || priced.UpperBound < 0.5 ? open.ToHashSet() : [];
            foreach (var i in priced.Best) covered[i] = true;
            columns.Add(priced.Best);
        }
    }
}
