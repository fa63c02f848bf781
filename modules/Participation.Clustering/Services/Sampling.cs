namespace Participation.Clustering.Services;

public static class Sampling
{
    /// <summary><paramref name="count"/> distinct indices below <paramref name="n"/>, ascending (partial Fisher–Yates).</summary>
    public static int[] Indices(int n, int count, Random random)
    {
        if (count >= n) return Enumerable.Range(0, n).ToArray();
        var all = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }
        var chosen = all[..count];
        Array.Sort(chosen);
        return chosen;
    }
}
