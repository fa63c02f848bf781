namespace Participation.Clustering.Services;

/// <summary>
/// Settings of one clustering run. K null means "choose": the k in [KMin, KMax] with the best cosine
/// silhouette on a sample. Dimensions is the width of the LSA space (enough for dozens of topics, small enough
/// that k-means is quick). ConsensusRuns k-means runs vote on which texts belong together (the default); with
/// ConsensusRuns = 0, Restarts of k-means++ keep the lowest objective instead.
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
    /// <summary>Power iterations of the randomized SVD (the range finder already starts from the row space).</summary>
    public int PowerIterations { get; init; } = 1;
    /// <summary>k-means runs voting in the consensus step (0: one k-means with <see cref="Restarts"/> instead); see <see cref="ConsensusClustering"/>.</summary>
    public int ConsensusRuns { get; init; } = 60;
    /// <summary>Rounds of spherical k-means in the full TF-IDF space after the LSA clustering (0: none); see <see cref="TermSpaceRefiner"/>.</summary>
    public int RefineIterations { get; init; } = 5;
    public bool GroupNearDuplicates { get; init; } = true;
    public FeatureOptions Features { get; init; } = new();
}
