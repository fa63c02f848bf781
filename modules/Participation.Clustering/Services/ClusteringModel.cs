namespace Participation.Clustering.Services;

/// <summary>What a run learned, enough to place new texts without re-running: vocabulary, projection, centres.</summary>
public sealed class ClusteringModel(Vocabulary vocabulary, float[] projection, int dimensions, float[] centroids)
{
    public Vocabulary Vocabulary { get; } = vocabulary;
    public float[] Projection { get; } = projection;
    public int Dimensions { get; } = dimensions;
    public float[] Centroids { get; } = centroids;
    public int K => Centroids.Length / Dimensions;

    /// <summary>Unit-length LSA coordinates of TF-IDF rows.</summary>
    public float[] Embed(SparseMatrix x)
    {
        var e = x.MultiplyDense(Projection, Dimensions);
        Dense.NormalizeRows(e, Dimensions);
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
