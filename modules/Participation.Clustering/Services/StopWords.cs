namespace Participation.Clustering.Services;

/// <summary>
/// Content words that say nothing about a topic: light verbs, formal nouns and the words every comment uses.
/// Kept short on purpose: IDF already weighs common words down; this only keeps them out of labels and bigrams.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "する", "いる", "ある", "なる", "れる", "られる", "せる", "させる", "できる", "おる", "くる", "いく", "行く", "来る",
        "やる", "もらう", "くれる", "あげる", "いただく", "くださる", "下さる", "思う", "考える", "言う", "いう", "みる", "見る",
        "しまう", "おく", "ない", "よい", "いい", "良い", "ほしい", "欲しい", "多い", "こと", "もの", "よう", "ため", "とき",
        "ところ", "ほう", "方", "これ", "それ", "あれ", "どれ", "ここ", "そこ", "どこ", "この", "その", "あの", "さん", "様",
        "等", "的", "化", "性", "中", "上", "下", "内", "後", "前", "時", "際", "今", "今回", "今後", "それぞれ", "わけ",
        "はず", "つもり", "みたい", "感じ", "自分", "私", "僕", "俺", "我々", "皆", "皆さん", "彼", "彼女", "以上", "以下",
        "場合", "必要", "意見", "お願い", "部分", "点", "年", "月", "日", "人", "0", "-",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
