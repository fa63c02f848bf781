namespace Participation.Committees.Selection;

/// <summary>
/// Initial master columns, built by the greedy construction plus swaps (<see cref="PanelSearch"/>), so thousands of
/// valid, diverse panels cost about a second:
/// <list type="bullet">
/// <item><see cref="Herd"/> moves towards the fractional optimum x: panel t maximises Σ_i (t·x_i − c_i), where c_i
///       counts the earlier panels holding volunteer i, so the running average of the panels follows x.</item>
/// <item><see cref="Cover"/> gives every volunteer panels of their own: volunteer i first, the other seats filled on
///       random scores that favour the volunteers covered least so far.</item>
/// </list>
/// </summary>
internal static class WarmStart
{
    /// <summary>
    /// About one panel per volunteer who can sit, within 60–4,000. Measured on the 1,500-volunteer pools: two per
    /// volunteer made the first master solve cost more than the rounds it saved.
    /// </summary>
    public static int AutomaticCount(int reachable) => Math.Clamp(reachable, 60, 4000);

    public static List<int[]> Herd(PanelSearch search, double[] target, int steps, int[] fallback, Random random)
    {
        var n = target.Length;
        var counts = new double[n];
        var score = new double[n];
        var panels = new List<int[]>(steps);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var last = fallback;
        for (var t = 1; t <= steps; t++)
        {
            for (var i = 0; i < n; i++) score[i] = t * target[i] - counts[i] + 1e-6 * random.NextDouble();
            var panel = search.Construct(score) ?? last;
            panel = search.Improve(panel, score);
            foreach (var i in panel) counts[i]++;
            last = panel;
            if (seen.Add(string.Join(',', panel))) panels.Add(panel);
        }
        return panels;
    }

    /// <summary>
    /// Up to <paramref name="count"/> distinct valid panels, in passes over the volunteers in random order: each
    /// volunteer gets one attempt at a panel built around them per pass: the greedy construction, or else a swap into
    /// one of <paramref name="seeds"/> (valid panels; the new ones join them). A volunteer no attempt places is left to
    /// the exact cover (<see cref="PanelCover.CoverRest"/>).
    /// </summary>
    public static List<int[]> Cover(PanelSearch search, IReadOnlyList<int> reachable, double[] target, int count, List<int[]> seeds, Random random)
    {
        var n = target.Length;
        var panels = new List<int[]>(count);
        if (reachable.Count == 0 || count <= 0) return panels;
        var covered = new int[n];
        var own = new int[n];
        var score = new double[n];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = reachable.ToArray();
        var maxPasses = count / reachable.Count + 2;
        for (var pass = 1; panels.Count < count && pass <= maxPasses; pass++)
        {
            random.Shuffle(order);
            var before = panels.Count;
            foreach (var i in order)
            {
                if (panels.Count >= count) break;
                if (own[i] >= pass) continue;
                // Seats around i go to volunteers the fractional optimum uses, jittered, the least covered first.
                for (var j = 0; j < n; j++) score[j] = (target[j] + 0.05) * (0.5 + random.NextDouble()) / (1 + covered[j]);
                score[i] = 10 + n;
                var panel = search.Construct(score);
                // The greedy can dead-end on tight quotas: then swap i into a panel found earlier and polish a little.
                for (var attempt = 0; attempt < 4 && panel == null && seeds.Count > 0; attempt++)
                {
                    var inserted = search.Insert(seeds[random.Next(seeds.Count)], i, score);
                    if (inserted != null) panel = search.Improve(inserted, score, maxSteps: 3);
                }
                own[i]++;
                if (panel == null || Array.BinarySearch(panel, i) < 0 || !seen.Add(string.Join(',', panel))) continue;
                panels.Add(panel);
                seeds.Add(panel);
                foreach (var j in panel) covered[j]++;
            }
            if (panels.Count == before) break;
        }
        return panels;
    }
}
