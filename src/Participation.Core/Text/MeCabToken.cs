namespace Participation.Core.Text;

/// <summary>
/// One morpheme from MeCab with IPADIC: surface form, part of speech (品詞) and its three
/// sub-categories (e.g. 名詞,固有名詞,人名,姓), base form and katakana reading ("*" when unknown).
/// </summary>
public sealed record MeCabToken(string Surface, string PartOfSpeech, string Sub1, string Sub2, string Sub3, string BaseForm, string Reading)
{
    public bool IsPersonName => PartOfSpeech == "名詞" && Sub1 == "固有名詞" && Sub2 == "人名";
    public bool IsPlaceName => PartOfSpeech == "名詞" && Sub1 == "固有名詞" && Sub2 == "地域";
}
