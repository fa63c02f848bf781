namespace Participation.Clustering.Services;

/// <summary>
/// Removes the direction every text shares ("Japanese prose about something") from unit LSA vectors and
/// normalises again, so that cosine similarity compares what texts say beyond the common ground.
/// </summary>
public static class Centering
{
    public static float[] Mean(float[] rows, int dim)
    {
        var n = rows.Length / dim;
        var mean = new double[dim];
        for (var i = 0; i < n; i++) for (var d = 0; d < dim; d++) mean[d] += rows[i * dim + d];
        return mean.Select(v => (float)(v / Math.Max(1, n))).ToArray();
    }

    public static void Subtract(float[] rows, float[] mean)
    {
        var dim = mean.Length;
        Parallel.For(0, rows.Length / dim, Parallelism.Options, i =>
        {
            var row = rows.AsSpan(i * dim, dim);
            Dense.Axpy(-1f, mean, row);
            Dense.Normalize(row);
        });
    }
}
