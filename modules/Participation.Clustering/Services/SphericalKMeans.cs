namespace Participation.Clustering.Services;

/// <summary>Centres (k × dim, unit length), each row's cluster, and the objective Σ(1 − cos) (lower is better).</summary>
public sealed record KMeansResult(int K, int Dimensions, float[] Centroids, int[] Labels, double Objective);

/// <summary>
/// Spherical k-means (cosine similarity on unit vectors; Dhillon &amp; Modha 2001) with k-means++ seeding.
/// Several restarts, keeping the lowest objective, because one seeding often merges two topics. On large inputs
/// the restarts run on a sample and only the winner is refined on every row. Sums are taken over fixed chunks in
/// a fixed order, so a seed gives the same result on any number of cores.
/// </summary>
public static class SphericalKMeans
{
    private const int Chunks = 32;

    public static KMeansResult Fit(float[] data, int dim, int k, int seed, int restarts = 8, int maxIterations = 60, int restartSample = 12_000)
    {
        var n = data.Length / dim;
        k = Math.Clamp(k, 1, n);
        var random = new Random(seed);
        float[] sampleData = data;
        if (n > restartSample)
        {
            var idx = Sampling.Indices(n, restartSample, random);
            sampleData = new float[idx.Length * dim];
            for (var i = 0; i < idx.Length; i++) Array.Copy(data, (long)idx[i] * dim, sampleData, (long)i * dim, dim);
        }
        KMeansResult? best = null;
        for (var r = 0; r < restarts; r++)
        {
            var centres = PlusPlus(sampleData, dim, k, new Random(random.Next()));
            var result = Lloyd(sampleData, dim, k, centres, maxIterations);
            if (best is null || result.Objective < best.Objective - 1e-9) best = result;
        }
        return ReferenceEquals(sampleData, data) ? best! : Lloyd(data, dim, k, (float[])best!.Centroids.Clone(), maxIterations);
    }

    /// <summary>One k-means++ seeding and its Lloyd iterations (no restarts, no sampling): a cheap, varied clustering for a consensus.</summary>
    public static KMeansResult Once(float[] data, int dim, int k, Random random, int maxIterations = 60)
    {
        k = Math.Clamp(k, 1, data.Length / dim);
        return Lloyd(data, dim, k, PlusPlus(data, dim, k, random), maxIterations);
    }

    /// <summary>The result for given labels: each centre is the normalised mean of its rows (a cluster left empty keeps <paramref name="fallback"/>'s centre).</summary>
    public static KMeansResult WithLabels(float[] data, int dim, int k, int[] labels, float[] fallback)
    {
        var n = data.Length / dim;
        var centres = new float[k * dim];
        var size = new int[k];
        for (var i = 0; i < n; i++)
        {
            size[labels[i]]++;
            Dense.Axpy(1f, data.AsSpan(i * dim, dim), centres.AsSpan(labels[i] * dim, dim));
        }
        for (var c = 0; c < k; c++)
        {
            if (size[c] == 0) Array.Copy(fallback, c * dim, centres, c * dim, dim);
            Dense.Normalize(centres.AsSpan(c * dim, dim));
        }
        double objective = 0;
        for (var i = 0; i < n; i++) objective += 1 - Dense.Dot(data.AsSpan(i * dim, dim), centres.AsSpan(labels[i] * dim, dim));
        return new KMeansResult(k, dim, centres, labels, objective);
    }

    /// <summary>The nearest centre of one vector, and its cosine.</summary>
    public static (int Cluster, float Similarity) Nearest(ReadOnlySpan<float> x, float[] centroids, int dim)
    {
        var k = centroids.Length / dim;
        var best = 0;
        var bestSim = float.NegativeInfinity;
        var c = 0;
        for (; c + 4 <= k; c += 4)
        {
            var (s0, s1, s2, s3) = Dense.Dot4(x, centroids, c);
            if (s0 > bestSim) { bestSim = s0; best = c; }
            if (s1 > bestSim) { bestSim = s1; best = c + 1; }
            if (s2 > bestSim) { bestSim = s2; best = c + 2; }
            if (s3 > bestSim) { bestSim = s3; best = c + 3; }
        }
        for (; c < k; c++)
        {
            var s = Dense.Dot(x, centroids.AsSpan(c * dim, dim));
            if (s > bestSim) { bestSim = s; best = c; }
        }
        return (best, bestSim);
    }

    private static float[] PlusPlus(float[] data, int dim, int k, Random random)
    {
        var n = data.Length / dim;
        var centres = new float[k * dim];
        var first = random.Next(n);
        Array.Copy(data, (long)first * dim, centres, 0, dim);
        var dist = new double[n];
        for (var i = 0; i < n; i++) dist[i] = Distance(data, i, centres, 0, dim);
        for (var c = 1; c < k; c++)
        {
            double total = 0;
            for (var i = 0; i < n; i++) total += dist[i] * dist[i];
            var chosen = n - 1;
            if (total > 0)
            {
                var target = random.NextDouble() * total;
                for (var i = 0; i < n; i++) { target -= dist[i] * dist[i]; if (target <= 0) { chosen = i; break; } }
            }
            else chosen = random.Next(n);
            Array.Copy(data, (long)chosen * dim, centres, c * dim, dim);
            Parallel.For(0, n, Parallelism.Options, i => dist[i] = Math.Min(dist[i], Distance(data, i, centres, c, dim)));
        }
        return centres;
    }

    private static double Distance(float[] data, int i, float[] centres, int c, int dim) =>
        Math.Max(0, 1 - Dense.Dot(data.AsSpan(i * dim, dim), centres.AsSpan(c * dim, dim)));

    private static KMeansResult Lloyd(float[] data, int dim, int k, float[] centres, int maxIterations)
    {
        var n = data.Length / dim;
        var labels = new int[n];
        Array.Fill(labels, -1);
        var sims = new float[n];
        var chunk = (n + Chunks - 1) / Chunks;
        var sums = new float[Chunks][];
        var counts = new int[Chunks][];
        double objective = 0;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var changed = new int[Chunks];
            Parallel.For(0, Chunks, Parallelism.Options, t =>
            {
                var sum = sums[t] ??= new float[k * dim];
                var count = counts[t] ??= new int[k];
                Array.Clear(sum);
                Array.Clear(count);
                for (var i = t * chunk; i < Math.Min(n, (t + 1) * chunk); i++)
                {
                    var (c, s) = Nearest(data.AsSpan(i * dim, dim), centres, dim);
                    if (labels[i] != c) { labels[i] = c; changed[t]++; }
                    sims[i] = s;
                    count[c]++;
                    Dense.Axpy(1f, data.AsSpan(i * dim, dim), sum.AsSpan(c * dim, dim));
                }
            });
            objective = 0;
            for (var i = 0; i < n; i++) objective += 1 - sims[i];
            if (changed.Sum() == 0) break;
            var total = new float[k * dim];
            var size = new int[k];
            for (var t = 0; t < Chunks; t++)
            {
                Dense.Axpy(1f, sums[t], total);
                for (var c = 0; c < k; c++) size[c] += counts[t][c];
            }
            var taken = new HashSet<int>();
            for (var c = 0; c < k; c++)
            {
                if (size[c] == 0)
                {
                    // An empty cluster restarts at the row worst served by its centre.
                    var worst = Enumerable.Range(0, n).Where(i => !taken.Contains(i)).MinBy(i => sims[i]);
                    taken.Add(worst);
                    Array.Copy(data, (long)worst * dim, total, c * dim, dim);
                }
                Dense.Normalize(total.AsSpan(c * dim, dim));
            }
            centres = total;
        }
        return new KMeansResult(k, dim, centres, labels, objective);
    }
}
