namespace Participation.Clustering.Services;

/// <summary>
/// A fitted truncated SVD: x → (x · Bᵀ) · R, with Bᵀ (features × width) and R (width × rank). Kept in two
/// factors because Bᵀ·R over hundreds of thousands of features costs more than applying R to the few rows at hand.
/// </summary>
public sealed class LsaProjection(float[] basis, int width, float[] rotation, int rank)
{
    public float[] Basis { get; } = basis;
    public int Width { get; } = width;
    public float[] Rotation { get; } = rotation;
    public int Rank { get; } = rank;

    /// <summary>Rank-dimensional coordinates of the rows (not normalised).</summary>
    public float[] Apply(SparseMatrix x)
    {
        var wide = x.MultiplyDense(Basis, Width);
        var result = new float[(long)x.Rows * Rank];
        Parallel.For(0, x.Rows, Parallelism.Options, i =>
        {
            var row = result.AsSpan(i * Rank, Rank);
            for (var p = 0; p < Width; p++)
                Dense.Axpy(wide[i * Width + p], Rotation.AsSpan(p * Rank, Rank), row);
        });
        return result;
    }
}
