using Participation.Clustering.Services;

namespace Participation.Tests.Clustering;

public class ClusteringPipelineTests
{
    private static readonly string[] Texts = ClusteringFixture.Comments.Select(c => c.Text).ToArray();
    private static readonly ClusteringOptions Options = new() { K = 3, Seed = 7 };

    [Fact]
    public void SmallLabelledFixtureClustersWell()
    {
        var outcome = new ClusteringPipeline().Run(Texts, Options);
        var truth = ClusteringMetrics.Encode(ClusteringFixture.Comments.Select(c => c.Label).ToList());
        Assert.True(ClusteringMetrics.Nmi(truth, outcome.Assignments) >= 0.6, $"NMI {ClusteringMetrics.Nmi(truth, outcome.Assignments)}");
    }

    [Fact]
    public void SameSeedGivesSameResult()
    {
        var a = new ClusteringPipeline().Run(Texts, Options);
        var b = new ClusteringPipeline().Run(Texts, Options);
        Assert.Equal(a.Assignments, b.Assignments);
        Assert.Equal(a.Clusters.Select(c => c.Label), b.Clusters.Select(c => c.Label));
        Assert.Equal(a.Points, b.Points);
    }

    [Fact]
    public void LabelsAreTermsFromTheCluster()
    {
        var outcome = new ClusteringPipeline().Run(Texts, Options);
        var tokenizer = new JapaneseTokenizer(useMeCab: true);
        foreach (var c in outcome.Clusters)
        {
            Assert.False(string.IsNullOrEmpty(c.Label));
            Assert.Equal(string.Join("・", c.Keywords.Take(3)), c.Label);
            // Keywords are content words (base forms with MeCab) of the cluster's own texts.
            var words = Enumerable.Range(0, Texts.Length).Where(i => outcome.Assignments[i] == c.Index)
                .SelectMany(i => tokenizer.ContentWords(TextNormalizer.Normalize(Texts[i]))).ToHashSet();
            Assert.All(c.Keywords, k => Assert.Contains(k, words));
        }
        Assert.Contains(outcome.Clusters, c => c.Keywords[0] == "公園");
        Assert.Contains(outcome.Clusters, c => c.Keywords[0] == "バス");
    }

    [Fact]
    public void RepresentativesBelongToTheirCluster()
    {
        var outcome = new ClusteringPipeline().Run(Texts, Options);
        foreach (var c in outcome.Clusters)
        {
            Assert.InRange(c.Representatives.Count, 1, 5);
            Assert.All(c.Representatives, r => Assert.Equal(c.Index, outcome.Assignments[r]));
        }
        Assert.Equal(Texts.Length, outcome.Clusters.Sum(c => c.Size));
    }

    [Fact]
    public void NewTextsAreAssignedIncrementally()
    {
        var outcome = new ClusteringPipeline().Run(Texts, Options);
        int ClusterWith(string word) => outcome.Clusters.First(c => c.Keywords[0] == word).Index;
        var placed = outcome.Model.Assign(["公園の遊具をもっと増やしてほしい", "ごみの分別が難しいので案内がほしい", "バスの便を増やしてください"]);
        Assert.Equal(ClusterWith("公園"), placed[0].Cluster);
        Assert.Equal(ClusterWith("バス"), placed[2].Cluster);
        Assert.NotEqual(placed[0].Cluster, placed[1].Cluster);
    }

    [Fact]
    public void TemplateCopiesAreClusteredOnceAndCounted()
    {
        var copies = Enumerable.Repeat("駅前の再開発に反対します。緑地を残してください。住民説明会を開いてください。", 40);
        var texts = Texts.Concat(copies).ToArray();
        var outcome = new ClusteringPipeline().Run(texts, Options with { K = 4 });
        var group = outcome.GroupOf[Texts.Length];
        Assert.Equal(40, outcome.GroupOf.Count(g => g == group));
        Assert.Equal(Enumerable.Repeat(outcome.Assignments[Texts.Length], 40), outcome.Assignments[Texts.Length..]);
    }

    [Fact]
    public void ChoosesKWhenNotGiven()
    {
        var outcome = new ClusteringPipeline().Run(Texts, Options with { K = null, KMin = 2, KMax = 6 });
        Assert.InRange(outcome.K, 2, 6);
    }

    [Fact]
    public void MetricsMatchScikitLearn()
    {
        int[] a = [0, 0, 1, 1, 2, 2];
        int[] b = [0, 0, 1, 2, 2, 2];
        // sklearn: normalized_mutual_info_score → 0.7397, adjusted_rand_score → 0.4444
        Assert.Equal(0.7397, ClusteringMetrics.Nmi(a, b), 3);
        Assert.Equal(0.4444, ClusteringMetrics.Ari(a, b), 3);
        Assert.Equal(1.0, ClusteringMetrics.Nmi(a, [5, 5, 3, 3, 1, 1]), 6);
    }
}
