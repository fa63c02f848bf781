using Participation.Clustering.Services;
using Participation.Core.Text;

namespace Participation.Tests.Clustering;

/// <summary>The parts added for speed and quality at scale: sampled vocabulary, MeCab node format, term-space refinement.</summary>
public class SpeedPathTests
{
    private static readonly List<string> Normalized = ClusteringFixture.Comments.Select(c => TextNormalizer.Normalize(c.Text)).ToList();

    [Fact]
    public void SampledVocabularyStillFeaturisesEveryText()
    {
        var (full, xFull) = new FeatureExtractor(new FeatureOptions()).FitTransform(Normalized);
        var (sampled, x) = new FeatureExtractor(new FeatureOptions { VocabularySample = 20 }).FitTransform(Normalized);
        Assert.Equal(Normalized.Count, x.Rows);
        Assert.True(sampled.Count < full.Count, $"{sampled.Count} vs {full.Count}");
        for (var i = 0; i < x.Rows; i++)
        {
            Assert.True(x.RowStart[i + 1] > x.RowStart[i], $"row {i} is empty");
            double s = 0;
            for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++) s += x.Values[p] * x.Values[p];
            Assert.InRange(s, 0.999, 1.001);
        }
        Assert.Equal(xFull.Rows, x.Rows);
    }

    [Fact]
    public void MeCabWordsMatchTheFullParse()
    {
        if (!MeCab.IsAvailable) return; // FeatureTests.FallbackUsesScriptRunsWithoutMeCab covers the fallback
        var text = TextNormalizer.Normalize("ｽﾏｰﾄフォンで区役所の手続きができるようにしてほしい。ウルトラブックも買った。");
        var expected = MeCab.Parse(text)
            .Where(t => t.PartOfSpeech == "名詞" ? t.Sub1 is not ("数" or "非自立" or "代名詞" or "接尾" or "特殊")
                : t.PartOfSpeech is "動詞" or "形容詞" && t.Sub1 == "自立")
            .Select(t => t.BaseForm)
            .Where(w => !(w.Length == 1 && CharClass.Of(w[0]) is Script.Hiragana or Script.Katakana or Script.Other or Script.Digit) && !StopWords.Contains(w))
            .ToList();
        Assert.Equal(expected, new JapaneseTokenizer(useMeCab: true).ContentWords(text));
        Assert.Contains("区役所", expected);
        Assert.Contains("手続き", expected);
    }

    [Fact]
    public void MeCabRunWithAFormatPrintsOnlyThatFormat()
    {
        var output = MeCab.Run("公園を作る", "-F%m|\\n -E\\n");
        if (!MeCab.IsAvailable) { Assert.Null(output); return; }
        Assert.StartsWith("公園|\n", output);
        Assert.DoesNotContain("名詞", output);
    }

    [Fact]
    public void MeCabWalkVisitsEachMorphemeWithItsFeatures()
    {
        var seen = new List<(string Surface, string Feature)>();
        var walked = MeCab.Walk("公園を\n作る\0", (surface, feature) =>
            seen.Add((System.Text.Encoding.UTF8.GetString(surface), System.Text.Encoding.UTF8.GetString(feature))));
        if (!MeCab.IsAvailable) { Assert.False(walked); return; }
        Assert.True(walked);
        Assert.Equal(["公園", "を", "作る"], seen.Select(m => m.Surface).ToArray());
        Assert.StartsWith("名詞,一般,", seen[0].Feature);
        Assert.StartsWith("動詞,自立,", seen[2].Feature);
        Assert.Equal("作る", seen[2].Feature.Split(',')[6]);
        Assert.True(MeCab.Walk("", (_, _) => Assert.Fail("nothing to visit")));
    }

    [Fact]
    public void RefinementKeepsAGoodClusteringAndRepairsAMisplacedText()
    {
        var (_, x) = new FeatureExtractor(new FeatureOptions()).FitTransform(Normalized);
        var truth = ClusteringMetrics.Encode(ClusteringFixture.Comments.Select(c => c.Label).ToList());
        var broken = (int[])truth.Clone();
        broken[0] = (truth[0] + 1) % 3; // one park comment put with another topic
        var refined = TermSpaceRefiner.Refine(x, broken, 3, 5);
        Assert.Equal(truth, refined);
        Assert.Equal(truth, TermSpaceRefiner.Refine(x, truth, 3, 5));
    }

    [Fact]
    public void RefinementIsDeterministicAndOptional()
    {
        var texts = ClusteringFixture.Comments.Select(c => c.Text).ToArray();
        var on = new ClusteringPipeline().Run(texts, new ClusteringOptions { K = 3, Seed = 3 });
        var again = new ClusteringPipeline().Run(texts, new ClusteringOptions { K = 3, Seed = 3 });
        var off = new ClusteringPipeline().Run(texts, new ClusteringOptions { K = 3, Seed = 3, RefineIterations = 0 });
        Assert.Equal(on.Assignments, again.Assignments);
        Assert.Equal(texts.Length, off.Assignments.Length);
        // The model's centres agree with the refined assignments, so incremental assignment puts a fitted text back in its cluster.
        var placed = on.Model.Assign(texts);
        var agree = Enumerable.Range(0, texts.Length).Count(i => placed[i].Cluster == on.Assignments[i]);
        Assert.True(agree >= texts.Length * 0.9, $"{agree} of {texts.Length}");
    }
}
