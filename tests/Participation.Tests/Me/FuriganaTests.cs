using Participation.Core.Text;

namespace Participation.Tests.Me;

public sealed class FuriganaTests
{
    /// <summary>A fixed tokenizer, so the transform is tested without depending on MeCab's dictionary.</summary>
    private static readonly Furigana Fixed = new(text =>
    [
        .. Known.Where(k => text.Contains(k.Surface)).OrderBy(k => text.IndexOf(k.Surface, StringComparison.Ordinal)),
    ]);

    private static readonly MeCabToken[] Known =
    [
        new("意見", "名詞", "一般", "*", "*", "意見", "イケン"),
        new("を", "助詞", "格助詞", "一般", "*", "を", "ヲ"),
        new("書く", "動詞", "自立", "*", "*", "書く", "カク"),
        new("ください", "動詞", "非自立", "*", "*", "くださる", "クダサイ"),
        new("お知らせ", "名詞", "一般", "*", "*", "お知らせ", "オシラセ"),
    ];

    [Fact]
    public void Kanji_get_ruby_with_hiragana_readings_and_okurigana_outside()
    {
        var html = Fixed.Transform("<p>意見を書く</p>");
        Assert.Equal("<p><ruby>意見<rp>(</rp><rt>いけん</rt><rp>)</rp></ruby>を<ruby>書<rp>(</rp><rt>か</rt><rp>)</rp></ruby>く</p>", html);
        Assert.Equal("お<ruby>知<rp>(</rp><rt>し</rt><rp>)</rp></ruby>らせ", Fixed.Annotate("お知らせ"));
    }

    [Fact]
    public void Kana_only_text_is_untouched()
    {
        Assert.Equal("<p>ください</p>", Fixed.Transform("<p>ください</p>"));
    }

    [Fact]
    public void Attributes_scripts_styles_and_titles_are_untouched()
    {
        var html = "<head><title>意見</title><style>.意見{}</style></head><body><a href=\"/意見\" title=\"意見を書く\" data-x='a>意見'>意見</a>"
            + "<script>var s = \"意見\";</script><textarea name=\"t\">意見</textarea><!-- 意見 --></body>";
        var result = Fixed.Transform(html);
        Assert.Contains("<title>意見</title>", result);
        Assert.Contains("<style>.意見{}</style>", result);
        Assert.Contains("<a href=\"/意見\" title=\"意見を書く\" data-x='a>意見'><ruby>意見<rp>", result);
        Assert.Contains("<script>var s = \"意見\";</script>", result);
        Assert.Contains("<textarea name=\"t\">意見</textarea>", result);
        Assert.Contains("<!-- 意見 -->", result);
    }

    [Fact]
    public void Entities_are_kept_and_text_is_not_lost()
    {
        var result = Fixed.Transform("<p>A &amp; B 意見 &lt;x&gt;</p>");
        Assert.Equal("<p>A &amp; B <ruby>意見<rp>(</rp><rt>いけん</rt><rp>)</rp></ruby> &lt;x&gt;</p>", result);
    }

    [Fact]
    public void Without_mecab_html_is_returned_unchanged()
    {
        var none = new Furigana(null);
        const string html = "<p>意見を書く</p>";
        Assert.False(none.IsAvailable);
        Assert.Same(html, none.Transform(html));
    }

    [Fact]
    public void With_real_mecab_readings_come_from_the_dictionary()
    {
        if (!MeCab.IsAvailable) return;
        var result = Furigana.Default.Transform("<p>区役所に意見を出す</p>");
        Assert.Contains("<rt>", result);
        Assert.Contains("いけん", result);
        Assert.DoesNotContain("イケン", result);
        Assert.StartsWith("<p>", result);
        Assert.EndsWith("</p>", result);
    }

    [Fact]
    public void Katakana_becomes_hiragana()
    {
        Assert.Equal("くやくしょ", Furigana.ToHiragana("クヤクショ"));
    }
}
