using System.Diagnostics;

namespace Participation.Clustering.Services;

/// <summary>
/// The whole method: normalise → group near-duplicates (each group is clustered once) → TF-IDF of character
/// n-grams + words → randomized truncated SVD (LSA) → L2, centre → k chosen by silhouette when not given →
/// consensus clustering (<see cref="ConsensusClustering"/>: 60 spherical k-means++ runs with k in [k, 3k] on a
/// sample of ≤ 6,000 texts vote on which texts belong together; average linkage on that co-association cut at k;
/// every text to the nearest consensus centre) → a few rounds of spherical k-means in the full TF-IDF space
/// (<see cref="TermSpaceRefiner"/>) → c-TF-IDF labels, representatives nearest the centre, 2-D map.
/// With <see cref="ClusteringOptions.ConsensusRuns"/> = 0, one k-means with restarts replaces the consensus.
/// Everything is seeded, so the same texts and options give the same result.
/// </summary>
public sealed class ClusteringPipeline
{
    public ClusteringOutcome Run(IReadOnlyList<string> texts, ClusteringOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        void Report(string step) => progress?.Report($"{clock.Elapsed.TotalSeconds,6:F2}s {step}");
        if (texts.Count == 0) throw new ArgumentException("Nothing to cluster.", nameof(texts));

        var normalized = new string[texts.Count];
        Parallel.For(0, texts.Count, Parallelism.Options, i => normalized[i] = TextNormalizer.Normalize(texts[i]));
        Report("normalised");
        var groupOf = options.GroupNearDuplicates ? new NearDuplicateDetector().Group(normalized) : Enumerable.Range(0, texts.Count).ToArray();
        var unique = Enumerable.Range(0, texts.Count).Where(i => groupOf[i] == i).ToArray();
        Report($"grouped; {unique.Length} distinct of {texts.Count}");
        cancellationToken.ThrowIfCancellationRequested();

        var extractor = new FeatureExtractor(options.Features);
        var (vocabulary, x) = extractor.FitTransform(unique.Select(i => normalized[i]).ToList(), progress);
        Report($"features: {vocabulary.Count} columns, {x.NonZeros} non-zeros, MeCab {(extractor.UsesMeCab ? "on" : "off")}");
        cancellationToken.ThrowIfCancellationRequested();

        var projection = RandomizedSvd.Fit(x, options.Dimensions, options.Seed, options.SingularPower, powerIterations: options.PowerIterations);
        var dim = projection.Rank;
        Report("svd fitted");
        var embeddings = projection.Apply(x);
        Dense.NormalizeRows(embeddings, dim);
        var center = options.Center ? Centering.Mean(embeddings, dim) : null;
        if (center is not null) Centering.Subtract(embeddings, center);
        Report($"reduced to {dim} dimensions");
        cancellationToken.ThrowIfCancellationRequested();

        var k = options.K ?? KSelector.Choose(embeddings, dim, options.KMin, options.KMax, options.Seed);
        k = Math.Clamp(k, 1, unique.Length);
        KMeansResult km;
        if (options.ConsensusRuns > 0 && k > 1 && k < unique.Length)
        {
            var (consensus, centres) = ConsensusClustering.Fit(embeddings, dim, k, options.Seed, options.ConsensusRuns);
            km = SphericalKMeans.WithLabels(embeddings, dim, k, consensus, centres);
            Report($"consensus of {options.ConsensusRuns} k-means runs: k={k}, objective {km.Objective:F2}");
        }
        else
        {
            km = SphericalKMeans.Fit(embeddings, dim, k, options.Seed, options.Restarts);
            Report($"k-means: k={k}, objective {km.Objective:F2}");
        }
        if (options.RefineIterations > 0 && k > 1)
        {
            km = SphericalKMeans.WithLabels(embeddings, dim, k, TermSpaceRefiner.Refine(x, km.Labels, k, options.RefineIterations), km.Centroids);
            Report($"refined in term space, objective {km.Objective:F2}");
        }
        cancellationToken.ThrowIfCancellationRequested();

        var assignments = new int[texts.Count];
        var uniqueIndex = new Dictionary<int, int>(unique.Length);
        for (var u = 0; u < unique.Length; u++) uniqueIndex[unique[u]] = u;
        for (var i = 0; i < texts.Count; i++) assignments[i] = km.Labels[uniqueIndex[groupOf[i]]];

        var labels = ClusterLabeler.Label(x, vocabulary, km.Labels, k);
        var reps = ClusterLabeler.Representatives(embeddings, dim, km);
        var uniquePoints = MapProjector.Project(embeddings, dim, options.Seed);
        var points = new (float X, float Y)[texts.Count];
        for (var i = 0; i < texts.Count; i++) points[i] = uniquePoints[uniqueIndex[groupOf[i]]];
        var clusters = Enumerable.Range(0, k).Select(c =>
        {
            var members = Enumerable.Range(0, unique.Length).Where(u => km.Labels[u] == c).ToList();
            return new ClusterSummary(c, labels[c].Label, labels[c].Keywords,
                assignments.Count(a => a == c),
                reps[c].Select(u => unique[u]).ToList(),
                members.Count == 0 ? 0 : members.Average(u => uniquePoints[u].X),
                members.Count == 0 ? 0 : members.Average(u => uniquePoints[u].Y));
        }).ToList();
        Report("labelled");
        return new ClusteringOutcome
        {
            K = k,
            Assignments = assignments,
            GroupOf = groupOf,
            Model = new ClusteringModel(vocabulary, projection, km.Centroids, center),
            Clusters = clusters,
            Points = points,
            UsedMeCab = extractor.UsesMeCab,
        };
    }
}
