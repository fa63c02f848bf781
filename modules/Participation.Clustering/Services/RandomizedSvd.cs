namespace Participation.Clustering.Services;

/// <summary>
/// Truncated SVD by the randomized range finder (Halko, Martinsson &amp; Tropp 2011) with one power iteration,
/// fitted on a sample of rows (the topic directions of 8,000 texts are the same as those of 50,000) and
/// applied to every row as one sparse × dense product. Gaussian start from a fixed seed, so runs repeat.
/// The result is a projection P (features × r): a text's coordinates are x·P (LSA coordinates up to a rotation).
/// </summary>
public static class RandomizedSvd
{
    public static LsaProjection Fit(SparseMatrix x, int rank, int seed, double singularPower = 1.0, int sampleSize = 8000, int powerIterations = 1)
    {
        var random = new Random(seed);
        var sample = x.Rows <= sampleSize ? x : x.SelectRows(Sampling.Indices(x.Rows, sampleSize, random));
        var xt = sample.Transpose();
        var l = Width(x, rank + 10, sampleSize);
        rank = Math.Min(rank, l);

        // Start in row space: G (m × l) Gaussian, Z = Xᵀ G, Y = X Z — the same as one power step from Ω = XᵀG.
        var g = new float[sample.Rows * l];
        for (var i = 0; i < g.Length; i++) g[i] = (float)Gaussian(random);
        var z = xt.MultiplyDense(g, l);
        var y = sample.MultiplyDense(z, l);
        Orthonormalize(y, sample.Rows, l);
        for (var q = 0; q < powerIterations; q++)
        {
            z = xt.MultiplyDense(y, l);
            y = sample.MultiplyDense(z, l);
            Orthonormalize(y, sample.Rows, l);
        }
        var bt = xt.MultiplyDense(y, l); // Bᵀ = Xᵀ Q = V Σ Uᵦᵀ (features × l)

        // B Bᵀ = Qᵀ X (X Bᵀ) is l × l and cheap (no pass over all features): its eigenvectors Uᵦ and values Σ²
        // turn x·Bᵀ into x·V·Σ^(p−1)… so a fitted row becomes u·Σ^p (p = 1: classic LSA coordinates U·Σ).
        var xbt = sample.MultiplyDense(bt, l);
        var gram = new double[l * l];
        Parallel.For(0, l, Parallelism.Options, p =>
        {
            for (var q = p; q < l; q++)
            {
                double s = 0;
                for (var i = 0; i < sample.Rows; i++) s += (double)y[i * l + p] * xbt[i * l + q];
                gram[p * l + q] = gram[q * l + p] = s;
            }
        });
        var (values, vectors) = SymmetricEigen.Decompose(gram, l);
        var rotation = new float[l * rank];
        for (var c = 0; c < rank; c++)
        {
            var sigma = Math.Sqrt(Math.Max(values[c], 0));
            var scale = sigma > 1e-9 ? Math.Pow(sigma, singularPower - 2) : 0;
            for (var p = 0; p < l; p++) rotation[p * rank + c] = (float)(vectors[p * l + c] * scale);
        }
        return new LsaProjection(bt, l, rotation, rank);
    }

    /// <summary>The projection's width for this matrix: at most the sample's rows and the columns.</summary>
    public static int Width(SparseMatrix x, int rank, int sampleSize = 8000) => Math.Max(1, Math.Min(rank, Math.Min(Math.Min(x.Rows, sampleSize), x.Columns)));

    /// <summary>Modified Gram–Schmidt on the columns of a row-major rows × cols matrix.</summary>
    private static void Orthonormalize(float[] m, int rows, int cols)
    {
        var col = new double[rows];
        var columns = new double[cols][];
        for (var c = 0; c < cols; c++)
        {
            for (var i = 0; i < rows; i++) col[i] = m[i * cols + c];
            for (var p = 0; p < c; p++)
            {
                var prev = columns[p];
                double dot = 0;
                for (var i = 0; i < rows; i++) dot += prev[i] * col[i];
                for (var i = 0; i < rows; i++) col[i] -= dot * prev[i];
            }
            double norm = 0;
            for (var i = 0; i < rows; i++) norm += col[i] * col[i];
            norm = Math.Sqrt(norm);
            var result = new double[rows];
            if (norm > 1e-10) for (var i = 0; i < rows; i++) result[i] = col[i] / norm;
            columns[c] = result;
        }
        for (var c = 0; c < cols; c++)
            for (var i = 0; i < rows; i++)
                m[i * cols + c] = (float)columns[c][i];
    }

    internal static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
