namespace Participation.Clustering.Services;

/// <summary>What a run learned, enough to place new texts without re-running: vocabulary, projection, centres.</summary>
public sealed class ClusteringModel(Vocabulary vocabulary, LsaProjection projection, float[] centroids, float[]? center = null)
{
    public Vocabulary Vocabulary { get; } = vocabulary;
    public LsaProjection Projection { get; } = projection;
    public int Dimensions => Projection.Rank;
    public float[] Centroids { get; } = centroids;
    /// <summary>Mean of the fitted texts' unit vectors, subtracted before the final L2 (null: not centred).</summary>
    public float[]? Center { get; } = center;
    public int K => Centroids.Length / Dimensions;

    /// <summary>Unit-length LSA coordinates of TF-IDF rows.</summary>
    public float[] Embed(SparseMatrix x)
    {
        var e = Projection.Apply(x);
        Dense.NormalizeRows(e, Dimensions);
        if (Center is not null) Centering.Subtract(e, Center);
        return e;
    }

    /// <summary>The nearest cluster of each new text and its cosine similarity to that centre.</summary>
    public (int Cluster, float Similarity)[] Assign(IReadOnlyList<string> texts)
    {
        var normalized = texts.Select(TextNormalizer.Normalize).ToList();
        var x = new FeatureExtractor(Vocabulary.Options).Transform(Vocabulary, normalized);
        var e = Embed(x);
        return Enumerable.Range(0, texts.Count)
            .Select(i => SphericalKMeans.Nearest(e.AsSpan(i * Dimensions, Dimensions), Centroids, Dimensions))
            .ToArray();
    }
}
