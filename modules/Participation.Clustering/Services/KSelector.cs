namespace Participation.Clustering.Services;

/// <summary>
/// Chooses k when staff did not: clusters a sample (≤ 1,500 texts) for each k in the range and keeps the k with
/// the highest mean silhouette (Rousseeuw 1987) under cosine distance. Ties go to the smaller k.
/// </summary>
public static class KSelector
{
    public static int Choose(float[] embeddings, int dim, int kMin, int kMax, int seed, int sampleSize = 1500)
    {
        var n = embeddings.Length / dim;
        kMax = Math.Min(kMax, Math.Max(2, n / 3));
        kMin = Math.Clamp(kMin, 2, kMax);
        if (n < 6) return Math.Min(n, kMin);
        var idx = Sampling.Indices(n, Math.Min(n, sampleSize), new Random(seed));
        var m = idx.Length;
        var sample = new float[m * dim];
        for (var i = 0; i < m; i++) Array.Copy(embeddings, (long)idx[i] * dim, sample, (long)i * dim, dim);
        var distance = new float[m * m];
        Parallel.For(0, m, Parallelism.Options, i =>
        {
            for (var j = 0; j < m; j++)
                distance[i * m + j] = 1 - Dense.Dot(sample.AsSpan(i * dim, dim), sample.AsSpan(j * dim, dim));
        });
        var bestK = kMin;
        var bestScore = double.NegativeInfinity;
        for (var k = kMin; k <= kMax; k++)
        {
            var labels = SphericalKMeans.Fit(sample, dim, k, seed, restarts: 3).Labels;
            var score = Silhouette(distance, labels, m, k);
            if (score > bestScore + 1e-9) { bestScore = score; bestK = k; }
        }
        return bestK;
    }

    public static double Silhouette(float[] distance, int[] labels, int m, int k)
    {
        var size = new int[k];
        foreach (var l in labels) size[l]++;
        var total = 0.0;
        for (var i = 0; i < m; i++)
        {
            if (size[labels[i]] <= 1) continue;
            var sums = new double[k];
            for (var j = 0; j < m; j++) if (j != i) sums[labels[j]] += distance[i * m + j];
            var a = sums[labels[i]] / (size[labels[i]] - 1);
            var b = double.PositiveInfinity;
            for (var c = 0; c < k; c++) if (c != labels[i] && size[c] > 0) b = Math.Min(b, sums[c] / size[c]);
            if (double.IsInfinity(b)) continue;
            var max = Math.Max(a, b);
            total += max > 0 ? (b - a) / max : 0;
        }
        return total / m;
    }
}
