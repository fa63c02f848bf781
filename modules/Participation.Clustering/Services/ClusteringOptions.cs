namespace Participation.Clustering.Services;

/// <summary>
/// Settings of one clustering run. K null means "choose": the k in [KMin, KMax] with the best cosine
/// silhouette on a sample. Dimensions is the width of the LSA space (enough for dozens of topics, small enough
/// that k-means is quick); Restarts of k-means++ keep the lowest objective.
/// </summary>
public sealed record ClusteringOptions
{
    public int? K { get; init; }
    public int KMin { get; init; } = 2;
    public int KMax { get; init; } = 20;
    public int Seed { get; init; } = 42;
    public int Dimensions { get; init; } = 100;
    public int Restarts { get; init; } = 8;
    public bool Center { get; init; } = true;
    /// <summary>Texts become U·Σ^p in the LSA space; p = 1 is classic LSA, p = 0.5 damps the few broad directions that would otherwise dominate cosine.</summary>
    public double SingularPower { get; init; } = 0.5;
    /// <summary>Rounds of spherical k-means in the full TF-IDF space after the LSA k-means (0: none); see <see cref="TermSpaceRefiner"/>.</summary>
    /// <summary>Power iterations of the randomized SVD (the range finder already starts from the row space).</summary>
    public int PowerIterations { get; init; } = 1;
    public int RefineIterations { get; init; } = 5;
    public bool GroupNearDuplicates { get; init; } = true;
    public FeatureOptions Features { get; init; } = new();
}
