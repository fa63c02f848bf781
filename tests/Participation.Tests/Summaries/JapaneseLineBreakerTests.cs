using Participation.Summaries.Reports.Pdf;

namespace Participation.Tests.Summaries;

/// <summary>禁則処理 in report cells: every line fits, punctuation never starts a line, brackets never end one.</summary>
public sealed class JapaneseLineBreakerTests
{
    private static double Width(char c) => c < 0x80 ? 0.5 : 1.0;

    [Fact]
    public void Lines_fit_and_follow_kinsoku()
    {
        var text = "公園の木陰を増やしてください。「ベンチ」の数も、増やしてほしいです。段差（特に入口）を解消してください。";
        var lines = JapaneseLineBreaker.Break(text, 10, Width);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, l => Assert.True(l.Sum(Width) <= 10, l));
        Assert.All(lines.Skip(1), l => Assert.DoesNotMatch("^[、。」）]", l));
        Assert.All(lines, l => Assert.DoesNotMatch("[「（]$", l));
    }

    [Fact]
    public void Latin_words_stay_whole_unless_longer_than_a_line()
    {
        var lines = JapaneseLineBreaker.Break("詳しくは https://example.jp/a を参照", 12, Width);
        Assert.Contains(lines, l => l.Contains("https://example.jp/a"));
        var longWord = JapaneseLineBreaker.Break(new string('x', 50), 10, Width);
        Assert.All(longWord, l => Assert.True(l.Length <= 20));
        Assert.Equal(50, longWord.Sum(l => l.Length));
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept()
    {
        Assert.Equal(["一行目", "", "三行目"], JapaneseLineBreaker.Break("一行目\n\n三行目", 10, Width));
    }
}
