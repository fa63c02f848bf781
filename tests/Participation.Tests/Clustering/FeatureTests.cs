using Participation.Clustering.Services;
using Participation.Core.Text;

namespace Participation.Tests.Clustering;

public class FeatureTests
{
    private static List<string> Words(JapaneseTokenizer t, string text)
    {
        var chars = new List<ulong>();
        var words = new List<ulong>();
        var names = new Dictionary<ulong, string>();
        t.Tokenize(TextNormalizer.Normalize(text), chars, words, names);
        Assert.NotEmpty(chars);
        return words.Where(names.ContainsKey).Select(k => names[k]).ToList();
    }

    [Fact]
    public void MeCabAddsContentWordBaseFormsWhenInstalled()
    {
        var t = new JapaneseTokenizer(useMeCab: true);
        Assert.Equal(MeCab.IsAvailable, t.UsesMeCab);
        if (!MeCab.IsAvailable) return; // the fallback test below covers machines without MeCab
        var words = Words(t, "公園の遊具を増やしてほしい");
        Assert.Contains("公園", words);
        Assert.Contains("遊具", words);
        Assert.Contains("増やす", words); // base form
        Assert.DoesNotContain("の", words);
    }

    [Fact]
    public void FallbackUsesScriptRunsWithoutMeCab()
    {
        var t = new JapaneseTokenizer(useMeCab: false);
        Assert.False(t.UsesMeCab);
        var words = Words(t, "コミュニティバスの路線を延ばしてください");
        Assert.Contains("コミュニティバス", words);
        Assert.Contains("路線", words);
    }

    [Fact]
    public void TfIdfRowsHaveUnitLength()
    {
        var texts = ClusteringFixture.Comments.Select(c => TextNormalizer.Normalize(c.Text)).ToList();
        var (vocab, x) = new FeatureExtractor(new FeatureOptions()).FitTransform(texts);
        Assert.True(vocab.Count > 50);
        for (var i = 0; i < x.Rows; i++)
        {
            double s = 0;
            for (var p = x.RowStart[i]; p < x.RowStart[i + 1]; p++) s += x.Values[p] * x.Values[p];
            Assert.InRange(s, 0.999, 1.001);
        }
    }

    [Fact]
    public void NearDuplicatesAreGrouped()
    {
        var letter = "私は駅前の再開発計画に反対します。緑地を残し、住民の声を聞いてから計画を見直してください。";
        var texts = new[]
        {
            letter,
            letter.Replace("駅前", "駅の前"),   // a copy with a small edit
            letter,
            "バスの本数を増やしてほしいです。朝の通勤時間帯に一本しかありません。",
        }.Select(TextNormalizer.Normalize).ToList();
        var groups = new NearDuplicateDetector().Group(texts);
        Assert.Equal([0, 0, 0, 3], groups);
    }
}
