namespace Participation.Clustering.Services;

/// <summary>
/// Feature settings. Defaults are general rules rather than values fitted to one file: a term must occur in two
/// texts to help grouping (MinDf), a term in more than half of the texts separates nothing (MaxDfRatio), and the
/// character and word blocks get equal weight so neither drowns the other.
/// </summary>
public sealed record FeatureOptions
{
    public bool UseMeCab { get; init; } = true;
    public int MinDf { get; init; } = 2;
    public double MaxDfRatio { get; init; } = 0.5;
    public double WordWeight { get; init; } = 0.5;
    public int MaxFeatures { get; init; } = 200_000;
    /// <summary>How many texts (evenly spaced) the vocabulary is learned from; all texts are still featurised.</summary>
    public int VocabularySample { get; init; } = 8_000;
}
