namespace Participation.Clustering.Services;

/// <summary>
/// A few rounds of spherical k-means in the full TF-IDF space, started from the LSA clustering (Dhillon &amp; Modha
/// 2001 ran spherical k-means on exactly such sparse unit rows). LSA finds the broad topics quickly and cheaply,
/// but it keeps only the strongest directions; the rare, specific terms it drops (product names, people, places)
/// often decide texts near a border, and the sparse pass gets them back. Each round costs one pass over the
/// non-zeros per cluster. Centroid sums are taken over fixed parts of the rows, so the result does not depend on cores.
/// </summary>
public static class TermSpaceRefiner
{
    public static int[] Refine(SparseMatrix x, int[] labels, int k, int iterations)
    {
        var n = x.Rows;
        var cols = x.Columns;
        labels = (int[])labels.Clone();
        // Feature-major (column j's k values side by side), so scoring a row reads k neighbouring floats per non-zero.
        var centroids = new float[(long)k * cols];
        var partials = new float[]?[Parts - 1];
        for (var it = 0; it < iterations; it++)
        {
            var size = new int[k];
            foreach (var c in labels) size[c]++;
            if (size.Any(s => s == 0)) break;
            Accumulate(x, labels, k, centroids, partials);
            var norm = new double[k];
            for (long q = 0; q < centroids.LongLength; q++) norm[q % k] += (double)centroids[q] * centroids[q];
            var inv = norm.Select(v => v > 0 ? (float)(1 / Math.Sqrt(v)) : 0f).ToArray();
            for (long q = 0; q < centroids.LongLength; q++) centroids[q] *= inv[q % k];

            var next = new int[n];
            var changed = 0;
            Parallel.For(0, n, Parallelism.Options, () => new float[k], (i, _, sims) =>
            {
                Array.Clear(sims);
                for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++)
                {
                    var j = x.Indices[p];
                    var v = x.Values[p];
                    var row = (long)j * k;
                    for (var c = 0; c < k; c++) sims[c] += v * centroids[row + c];
                }
                var best = 0;
                for (var c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
                next[i] = best;
                if (best != labels[i]) Interlocked.Increment(ref changed);
                return sims;
            }, _ => { });
            var counts = new int[k];
            foreach (var c in next) counts[c]++;
            if (counts.Any(s => s == 0)) break;
            labels = next;
            if (changed == 0 || changed < n / 1000) break;
        }
        return labels;
    }

    private const int Parts = 4;

    // Sums of each cluster's rows. The rows are cut into a fixed number of parts, each summed on its own array in
    // row order and the parts added in part order: parallel, yet the same floats on any number of cores.
    private static void Accumulate(SparseMatrix x, int[] labels, int k, float[] centroids, float[]?[] partials)
    {
        var n = x.Rows;
        Parallel.For(0, Parts, Parallelism.Options, t =>
        {
            var target = t == 0 ? centroids : partials[t - 1] ??= new float[centroids.LongLength];
            Array.Clear(target);
            for (var i = (int)((long)t * n / Parts); i < (int)((long)(t + 1) * n / Parts); i++)
            {
                var c = labels[i];
                for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++) target[(long)x.Indices[p] * k + c] += x.Values[p];
            }
        });
        var length = centroids.LongLength;
        Parallel.For(0, Parts, Parallelism.Options, t =>
        {
            var from = (int)(t * length / Parts);
            var count = (int)((t + 1) * length / Parts) - from;
            foreach (var part in partials)
                Dense.Axpy(1f, part!.AsSpan(from, count), centroids.AsSpan(from, count));
        });
    }
}
