using Participation.Clustering.Services;

namespace Participation.Tests.Clustering;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "abc0")]            // full-width ASCII → half-width, lower case, digit runs folded
    [InlineData("ｺﾐｭﾆﾃｨﾊﾞｽ", "コミュニティバス")]    // half-width kana → full-width
    [InlineData("公園　の\t遊具", "公園 の 遊具")]    // ideographic space and tabs collapse
    [InlineData("詳細は https://example.jp/a?b=1 を参照", "詳細は を参照")]
    [InlineData("連絡先 taro@example.com まで", "連絡先 まで")]
    [InlineData("令和6年と2025年", "令和0年と0年")]
    [InlineData("  ", "")]
    public void Normalizes(string input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void HiraganaBecomesKatakana() => Assert.Equal("コウエン", TextNormalizer.HiraganaToKatakana("こうえん"));
}
