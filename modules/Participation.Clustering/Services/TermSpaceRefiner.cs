namespace Participation.Clustering.Services;

/// <summary>
/// A few rounds of spherical k-means in the full TF-IDF space, started from the LSA clustering (Dhillon &amp; Modha
/// 2001 ran spherical k-means on exactly such sparse unit rows). LSA finds the broad topics quickly and cheaply,
/// but it keeps only the strongest directions; the rare, specific terms it drops (product names, people, places)
/// often decide texts near a border, and the sparse pass gets them back. Each round costs one pass over the
/// non-zeros per cluster. Centroid sums run in row order on one thread, so the result does not depend on cores.
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
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(centroids);
            var size = new int[k];
            for (var i = 0; i < n; i++)
            {
                var c = labels[i];
                size[c]++;
                for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++) centroids[(long)x.Indices[p] * k + c] += x.Values[p];
            }
            if (size.Any(s => s == 0)) break;
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
}
