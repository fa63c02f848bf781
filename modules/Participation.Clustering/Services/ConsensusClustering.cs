namespace Participation.Clustering.Services;

/// <summary>
/// Evidence accumulation (Fred &amp; Jain 2005). One k-means run depends on its seeding and often merges two topics
/// or splits one; many runs rarely make the same mistake. So: on a sample of at most <see cref="MaxSample"/> rows,
/// run spherical k-means <c>runs</c> times, each with its own k-means++ seeding and a k drawn from [k, 3k] (finer
/// partitions, whose errors are mostly splits, not merges); count for every pair of rows the share of runs that put
/// them together (co-association); cut the average-linkage tree of 1 − co-association at exactly k clusters
/// (<see cref="AverageLinkage"/>). The consensus clusters' centres (normalised means) then take every row, sampled
/// or not, to the nearest. Runs go in parallel, each from a seed drawn in order from <c>seed</c>, and their votes
/// are summed in run order, so a seed gives the same result on any number of cores.
/// </summary>
public static class ConsensusClustering
{
    public const int MaxSample = 6_000;

    /// <summary>Labels 0..k−1 of every row of <paramref name="data"/> (n × dim) and the k centres (k × dim, unit length).</summary>
    public static (int[] Labels, float[] Centroids) Fit(float[] data, int dim, int k, int seed, int runs, int maxSample = MaxSample, int maxIterations = 60)
    {
        var n = data.Length / dim;
        var random = new Random(seed);
        var idx = Sampling.Indices(n, Math.Min(n, maxSample), random);
        var m = idx.Length;
        k = Math.Clamp(k, 1, m);
        var sample = new float[m * dim];
        for (var i = 0; i < m; i++) Array.Copy(data, (long)idx[i] * dim, sample, (long)i * dim, dim);

        var seeds = Enumerable.Range(0, runs).Select(_ => random.Next()).ToArray();
        var votes = new int[runs][];
        Parallel.For(0, runs, Parallelism.Options, r =>
        {
            var runRandom = new Random(seeds[r]);
            var runK = Math.Min(m, k + runRandom.Next(2 * k + 1));
            votes[r] = SphericalKMeans.Once(sample, dim, runK, runRandom, maxIterations).Labels;
        });

        var sampleLabels = AverageLinkage.Cut(CoAssociationDistance(votes, m), m, k);
        var centres = SphericalKMeans.WithLabels(sample, dim, k, sampleLabels, new float[k * dim]).Centroids;
        var labels = new int[n];
        Parallel.For(0, n, Parallelism.Options, i => labels[i] = SphericalKMeans.Nearest(data.AsSpan(i * dim, dim), centres, dim).Cluster);
        return (labels, centres);
    }

    /// <summary>m × m matrix of 1 − (share of runs in which rows i and j fall in the same cluster); 0 on the diagonal.</summary>
    public static float[] CoAssociationDistance(int[][] votes, int m)
    {
        // Members of each cluster of each run, so a row's votes cost its clusters' sizes, not m per run.
        var members = votes.Select(labels =>
        {
            var lists = new List<int>[labels.Length == 0 ? 0 : labels.Max() + 1];
            for (var c = 0; c < lists.Length; c++) lists[c] = [];
            for (var i = 0; i < labels.Length; i++) lists[labels[i]].Add(i);
            return lists.Select(l => l.ToArray()).ToArray();
        }).ToArray();
        var distance = new float[(long)m * m];
        var scale = 1f / Math.Max(1, votes.Length);
        Parallel.For(0, m, Parallelism.Options, () => new int[m], (i, _, counts) =>
        {
            Array.Clear(counts);
            for (var r = 0; r < votes.Length; r++)
                foreach (var j in members[r][votes[r][i]]) counts[j]++;
            var row = distance.AsSpan((int)((long)i * m), m);
            for (var j = 0; j < m; j++) row[j] = 1 - counts[j] * scale;
            row[i] = 0;
            return counts;
        }, _ => { });
        return distance;
    }
}
