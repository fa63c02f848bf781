namespace Participation.Committees.Selection;

/// <summary>
/// Warm start for column generation by herding towards the fractional optimum x: panel t maximises
/// Σ_i (t·x_i − c_i), where c_i counts the earlier panels holding volunteer i, so the running average of the
/// panels follows x and every volunteer with x_i &gt; 0 is soon covered. Each panel comes from the greedy
/// construction plus swaps (<see cref="PanelSearch"/>), so hundreds of diverse valid panels cost well under a second.
/// </summary>
internal static class WarmStart
{
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
}
