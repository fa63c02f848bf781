using Participation.Clustering.Services;

namespace Participation.Tests.Clustering;

/// <summary>The consensus step: average linkage by the nearest-neighbour chain, co-association, and the pipeline with it.</summary>
public class ConsensusTests
{
    private static readonly string[] Texts = ClusteringFixture.Comments.Select(c => c.Text).ToArray();
    private static readonly int[] Truth = ClusteringMetrics.Encode(ClusteringFixture.Comments.Select(c => c.Label).ToList());

    [Fact]
    public void AverageLinkageWeighsClustersBySize()
    {
        // Five points on a line at 0, 1, 3, 7, 8. UPGMA: {0,1} and {7,8} at 1; {0,1}+{3} at (3+2)/2 = 2.5;
        // last the mean of all six cross distances, (7+8+6+7+4+5)/6 = 37/6 (an unweighted WPGMA would give 5.75).
        float[] x = [0, 1, 3, 7, 8];
        var d = new float[25];
        for (var i = 0; i < 5; i++) for (var j = 0; j < 5; j++) d[i * 5 + j] = Math.Abs(x[i] - x[j]);
        var heights = AverageLinkage.Merges((float[])d.Clone(), 5).Select(m => m.Height).Order().ToArray();
        Assert.Equal([1f, 1f, 2.5f], heights[..3]);
        Assert.Equal(37f / 6, heights[3], 4);
        Assert.Equal([0, 0, 0, 1, 1], AverageLinkage.Cut((float[])d.Clone(), 5, 2));
        Assert.Equal([0, 0, 1, 2, 2], AverageLinkage.Cut((float[])d.Clone(), 5, 3));
        Assert.Equal([0, 1, 2, 3, 4], AverageLinkage.Cut((float[])d.Clone(), 5, 5));
        Assert.Equal([0, 0, 0, 0, 0], AverageLinkage.Cut(d, 5, 1));
    }

    [Fact]
    public void AverageLinkageDiffersFromSingleLinkage()
    {
        // A–B 1, C–D 2, A–C 1.5 but B–C 5: single linkage would join C to {A,B} at 1.5; average linkage sees
        // d({A,B}, C) = 3.25 > 2 and pairs C with D, then joins the pairs at (1.5 + 5 + 4 + 4) / 4 = 3.625.
        float[] d =
        [
            0, 1, 1.5f, 4,
            1, 0, 5, 4,
            1.5f, 5, 0, 2,
            4, 4, 2, 0,
        ];
        var merges = AverageLinkage.Merges((float[])d.Clone(), 4);
        Assert.Equal([new Merge(0, 1, 1), new Merge(2, 3, 2), new Merge(0, 2, 3.625f)], merges.OrderBy(m => m.Height));
        Assert.Equal([0, 0, 1, 1], AverageLinkage.Cut(d, 4, 2));
    }

    [Fact]
    public void CoAssociationIsTheShareOfRunsThatAgree()
    {
        int[][] votes = [[0, 0, 1, 1], [0, 1, 1, 2], [3, 3, 3, 0], [0, 0, 0, 0]];
        var d = ConsensusClustering.CoAssociationDistance(votes, 4);
        Assert.Equal(0f, d[0]);
        Assert.Equal(1 - 3 / 4f, d[0 * 4 + 1]); // rows 0 and 1 together in runs 0, 2, 3
        Assert.Equal(1 - 3 / 4f, d[1 * 4 + 2]); // runs 1, 2 and 3
        Assert.Equal(1 - 2 / 4f, d[2 * 4 + 3]); // runs 0 and 3
        Assert.Equal(1 - 1 / 4f, d[0 * 4 + 3]); // run 3 only
        Assert.Equal(d[2 * 4 + 3], d[3 * 4 + 2]);
    }

    [Fact]
    public void SampledConsensusPlacesEveryRowAndFindsClearGroups()
    {
        var (data, truth) = Blobs(300, 3, 16, seed: 5);
        var (labels, centres) = ConsensusClustering.Fit(data, 16, 3, seed: 9, runs: 20, maxSample: 60);
        Assert.Equal(300, labels.Length);
        Assert.Equal(3 * 16, centres.Length);
        Assert.Equal(1.0, ClusteringMetrics.Nmi(truth, labels), 6);
        var again = ConsensusClustering.Fit(data, 16, 3, seed: 9, runs: 20, maxSample: 60);
        Assert.Equal(labels, again.Labels);
        Assert.Equal(centres, again.Centroids);
    }

    [Fact]
    public void KAtLeastTheSampleGivesEveryRowItsOwnCluster()
    {
        var (data, _) = Blobs(12, 3, 8, seed: 2);
        var (labels, _) = ConsensusClustering.Fit(data, 8, 40, seed: 1, runs: 5);
        Assert.Equal(12, labels.Distinct().Count());
        var outcome = new ClusteringPipeline().Run(Texts[..5], new ClusteringOptions { K = 8, Seed = 1 });
        Assert.Equal(5, outcome.K);
        Assert.Equal(5, outcome.Assignments.Distinct().Count());
    }

    [Fact]
    public void SameSeedSameLabelsOnAnyNumberOfCores()
    {
        var options = new ClusteringOptions { K = 3, Seed = 11 };
        Assert.Equal(60, options.ConsensusRuns);
        var a = new ClusteringPipeline().Run(Texts, options);
        var b = new ClusteringPipeline().Run(Texts, options);
        Assert.Equal(a.Assignments, b.Assignments);
        var saved = Parallelism.Options;
        try
        {
            Parallelism.Options = new ParallelOptions { MaxDegreeOfParallelism = 1 };
            Assert.Equal(a.Assignments, new ClusteringPipeline().Run(Texts, options).Assignments);
        }
        finally { Parallelism.Options = saved; }
        var (data, _) = Blobs(200, 4, 12, seed: 3);
        Assert.Equal(ConsensusClustering.Fit(data, 12, 4, 7, 30).Labels, ConsensusClustering.Fit(data, 12, 4, 7, 30).Labels);
    }

    [Fact]
    public void SmallLabelledFixtureClustersWellWithConsensus()
    {
        foreach (var seed in new[] { 1, 7, 42 })
        {
            var outcome = new ClusteringPipeline().Run(Texts, new ClusteringOptions { K = 3, Seed = seed });
            var nmi = ClusteringMetrics.Nmi(Truth, outcome.Assignments);
            Assert.True(nmi >= 0.8, $"seed {seed}: NMI {nmi}");
        }
    }

    /// <summary>n unit vectors around <paramref name="groups"/> well-separated directions, with their group.</summary>
    private static (float[] Data, int[] Truth) Blobs(int n, int groups, int dim, int seed)
    {
        var random = new Random(seed);
        var data = new float[n * dim];
        var truth = new int[n];
        for (var i = 0; i < n; i++)
        {
            truth[i] = i % groups;
            for (var d = 0; d < dim; d++) data[i * dim + d] = (float)(random.NextDouble() - 0.5) * 0.4f;
            data[i * dim + truth[i]] += 1;
            Dense.Normalize(data.AsSpan(i * dim, dim));
        }
        return (data, truth);
    }
}
