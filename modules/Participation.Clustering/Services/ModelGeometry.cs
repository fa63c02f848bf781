namespace Participation.Clustering.Services;

/// <summary>
/// Places texts in a fitted model's space through its public parts (normalise → features → LSA → unit length):
/// cosine to every centre, for member distances, incremental assignment and measure suggestions.
/// </summary>
public static class ModelGeometry
{
    /// <summary>Row-major embeddings (texts × model.Dimensions).</summary>
    public static float[] Embed(ClusteringModel model, IReadOnlyList<string> texts)
    {
        var normalized = texts.Select(TextNormalizer.Normalize).ToList();
        var x = new FeatureExtractor(model.Vocabulary.Options).Transform(model.Vocabulary, normalized);
        return model.Embed(x);
    }

    /// <summary>Cosine similarity of the text at <paramref name="row"/> to each centre (centres are unit length).</summary>
    public static float[] Similarities(ClusteringModel model, float[] embeddings, int row)
    {
        var dim = model.Dimensions;
        var e = embeddings.AsSpan(row * dim, dim);
        var norm = MathF.Sqrt(Dot(e, e));
        var result = new float[model.K];
        for (var c = 0; c < model.K; c++)
        {
            var centre = model.Centroids.AsSpan(c * dim, dim);
            var cn = MathF.Sqrt(Dot(centre, centre));
            result[c] = norm == 0 || cn == 0 ? 0 : Dot(e, centre) / (norm * cn);
        }
        return result;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var s = 0f;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
