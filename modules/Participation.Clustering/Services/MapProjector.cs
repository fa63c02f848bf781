namespace Participation.Clustering.Services;

/// <summary>
/// 2-D map coordinates: the first two principal components of the unit-length LSA vectors (covariance from a
/// sample of ≤ 4,000 rows), scaled to [-1, 1]. Linear and deterministic, so a new text lands where it belongs.
/// </summary>
public static class MapProjector
{
    public static (float X, float Y)[] Project(float[] embeddings, int dim, int seed, int sampleSize = 4000)
    {
        var n = embeddings.Length / dim;
        if (n == 0) return [];
        var idx = Sampling.Indices(n, Math.Min(n, sampleSize), new Random(seed));
        var mean = new double[dim];
        foreach (var i in idx) for (var d = 0; d < dim; d++) mean[d] += embeddings[i * dim + d];
        for (var d = 0; d < dim; d++) mean[d] /= idx.Length;
        var cov = new double[dim * dim];
        Parallel.For(0, dim, Parallelism.Options, a =>
        {
            for (var b = a; b < dim; b++)
            {
                double s = 0;
                foreach (var i in idx) s += (embeddings[i * dim + a] - mean[a]) * (embeddings[i * dim + b] - mean[b]);
                cov[a * dim + b] = cov[b * dim + a] = s / idx.Length;
            }
        });
        var (_, vectors) = SymmetricEigen.Decompose(cov, dim);
        var points = new (float X, float Y)[n];
        for (var i = 0; i < n; i++)
        {
            double x = 0, y = 0;
            for (var d = 0; d < dim; d++)
            {
                var v = embeddings[i * dim + d] - mean[d];
                x += v * vectors[d * dim];
                if (dim > 1) y += v * vectors[d * dim + 1];
            }
            points[i] = ((float)x, (float)y);
        }
        var scale = Math.Max(points.Max(p => Math.Max(Math.Abs(p.X), Math.Abs(p.Y))), 1e-6f);
        return points.Select(p => (p.X / scale, p.Y / scale)).ToArray();
    }
}
