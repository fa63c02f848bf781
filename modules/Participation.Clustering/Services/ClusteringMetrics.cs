namespace Participation.Clustering.Services;

/// <summary>External scores against gold labels, as scikit-learn computes them.</summary>
public static class ClusteringMetrics
{
    /// <summary>Normalised mutual information with arithmetic-mean normalisation (sklearn's default).</summary>
    public static double Nmi(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        var (table, a, b, n) = Contingency(truth, predicted);
        double mi = 0;
        foreach (var ((i, j), nij) in table)
            mi += nij / n * Math.Log(n * nij / ((double)a[i] * b[j]));
        var h = (Entropy(a.Values, n) + Entropy(b.Values, n)) / 2;
        if (h <= 0) return 1.0;
        return Math.Max(0, mi / h);
    }

    /// <summary>Adjusted Rand index.</summary>
    public static double Ari(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        var (table, a, b, n) = Contingency(truth, predicted);
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = table.Values.Sum(v => Pairs(v));
        var sa = a.Values.Sum(v => Pairs(v));
        var sb = b.Values.Sum(v => Pairs(v));
        var expected = sa * sb / Pairs(n);
        var max = (sa + sb) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    /// <summary>Maps string labels to dense integer ids in first-seen order.</summary>
    public static int[] Encode(IReadOnlyList<string> labels)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        return labels.Select(l => ids.TryGetValue(l, out var id) ? id : ids[l] = ids.Count).ToArray();
    }

    private static double Entropy(IEnumerable<int> counts, double n) =>
        -counts.Where(c => c > 0).Sum(c => c / n * Math.Log(c / n));

    private static (Dictionary<(int, int), int> Table, Dictionary<int, int> A, Dictionary<int, int> B, double N) Contingency(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Label lists differ in length.");
        var table = new Dictionary<(int, int), int>();
        var a = new Dictionary<int, int>();
        var b = new Dictionary<int, int>();
        for (var i = 0; i < truth.Count; i++)
        {
            table[(truth[i], predicted[i])] = table.GetValueOrDefault((truth[i], predicted[i])) + 1;
            a[truth[i]] = a.GetValueOrDefault(truth[i]) + 1;
            b[predicted[i]] = b.GetValueOrDefault(predicted[i]) + 1;
        }
        return (table, a, b, truth.Count);
    }
}
