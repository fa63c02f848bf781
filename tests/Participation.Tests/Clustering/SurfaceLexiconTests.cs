using System.Text;
using Participation.Clustering.Services;
using Participation.Core.Text;

namespace Participation.Tests.Clustering;

/// <summary>Words of texts beyond the vocabulary sample come from the lexicon MeCab produced on the sample.</summary>
public class SurfaceLexiconTests
{
    private static SurfaceLexicon Learn(params (string Surface, string? Word)[] readings)
    {
        var builder = new SurfaceLexicon.Builder();
        foreach (var (surface, word) in readings) builder.Add(Encoding.UTF8.GetBytes(surface), word);
        return SurfaceLexicon.Merge([builder]);
    }

    [Fact]
    public void LongestMatchWinsAndInflectedSurfacesGiveTheBaseForm()
    {
        var lexicon = Learn(("東京", "東京"), ("東京都", "東京都"), ("都", "都"), ("増やし", "増やす"), ("て", null), ("公園", "公園"));
        Assert.Equal(["東京都", "公園", "増やす"], lexicon.Words("東京都の公園を増やして"));
    }

    [Fact]
    public void NonContentSurfacesBlockFalseMatchesInsideThem()
    {
        var lexicon = Learn(("彼女", null), ("女", "女"), ("女性", "女性"));
        Assert.Equal(["女性"], lexicon.Words("彼女は女性"));
    }

    [Fact]
    public void MostFrequentReadingWinsWhicheverBuilderSawIt()
    {
        var a = new SurfaceLexicon.Builder();
        var b = new SurfaceLexicon.Builder();
        a.Add("行っ"u8, "行く");
        b.Add("行っ"u8, "行う");
        b.Add("行っ"u8, "行う");
        Assert.Equal(["行う"], SurfaceLexicon.Merge([a, b]).Words("行った"));
        Assert.Equal(["行う"], SurfaceLexicon.Merge([b, a]).Words("行った"));
        var tie = new SurfaceLexicon.Builder();
        tie.Add("行っ"u8, "行く");
        Assert.Equal(["行う"], SurfaceLexicon.Merge([a, tie, b]).Words("行った")); // 2 : 2, ordinal order decides
    }

    [Fact]
    public void AnUnknownWordBetweenTwoWordsBreaksTheirPair()
    {
        var lexicon = Learn(("公園", "公園"), ("遊具", "遊具"), ("の", null));
        var adjacent = new List<ulong>();
        lexicon.AddWords("公園の遊具", adjacent);
        Assert.Contains(FeatureKeys.OfPair("公園", "遊具"), adjacent);
        var apart = new List<ulong>();
        lexicon.AddWords("公園の砂場の遊具", apart);
        Assert.Contains(FeatureKeys.OfWord("遊具"), apart);
        Assert.DoesNotContain(FeatureKeys.OfPair("公園", "遊具"), apart);
    }

    [Fact]
    public void LexiconFromMeCabReadsKnownWordsAsMeCabDoes()
    {
        if (!MeCab.IsAvailable) return; // without MeCab no lexicon is learned (FeatureTests cover the fallback)
        var tokenizer = new JapaneseTokenizer(useMeCab: true);
        var builder = new SurfaceLexicon.Builder();
        foreach (var text in new[] { "公園の遊具を増やしてほしい", "区役所の手続きが分かりにくい", "バスの路線を増やしてください" })
            tokenizer.Tokenize(TextNormalizer.Normalize(text), [], [], null, builder);
        var lexicon = SurfaceLexicon.Merge([builder]);
        var unseen = TextNormalizer.Normalize("区役所の遊具を増やしてほしい");
        Assert.Equal(tokenizer.ContentWords(unseen), lexicon.Words(unseen));
        Assert.Contains("増やす", lexicon.Words(unseen));
    }

    [Fact]
    public void TextsOutsideTheSampleGetWordFeatures()
    {
        if (!MeCab.IsAvailable) return;
        var texts = ClusteringFixture.Comments.Select(c => TextNormalizer.Normalize(c.Text)).ToList();
        var (vocabulary, x) = new FeatureExtractor(new FeatureOptions { VocabularySample = texts.Count / 2 }).FitTransform(texts);
        var inSample = Enumerable.Range(0, texts.Count / 2).Select(s => (int)((long)s * texts.Count / (texts.Count / 2))).ToHashSet();
        var outside = Enumerable.Range(0, texts.Count).Where(i => !inSample.Contains(i)).ToList();
        Assert.NotEmpty(outside);
        var withWords = outside.Count(i => Enumerable.Range(x.RowStart[i], x.RowStart[i + 1] - x.RowStart[i]).Any(p => vocabulary.IsWord(x.Indices[p])));
        Assert.True(withWords >= outside.Count * 3 / 4, $"{withWords} of {outside.Count} texts outside the sample have words");
    }

    [Fact]
    public void FixtureClustersWellWhenMostTextsAreMatchedAgainstTheLexicon()
    {
        var truth = ClusteringMetrics.Encode(ClusteringFixture.Comments.Select(c => c.Label).ToList());
        var options = new ClusteringOptions { K = 3, Seed = 7, Features = new FeatureOptions { VocabularySample = ClusteringFixture.Comments.Length / 3 } };
        var outcome = new ClusteringPipeline().Run(ClusteringFixture.Comments.Select(c => c.Text).ToArray(), options);
        var nmi = ClusteringMetrics.Nmi(truth, outcome.Assignments);
        Assert.True(nmi >= 0.6, $"NMI {nmi}");
    }
}
