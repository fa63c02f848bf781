using System.Collections.Concurrent;
using Participation.Core.Text;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>What MeCab's dictionary says about a word read on its own as a name.</summary>
[Flags]
internal enum NameReading
{
    None = 0,
    /// <summary>Some morpheme is 人名 and every morpheme is a noun (not 直した, where 直 alone may read as a name).</summary>
    NameLike = 1,
    /// <summary>The word opens with a 人名,姓 morpheme.</summary>
    Surname = 2,
    /// <summary>A 姓 followed only by 人名 morphemes: a whole family + given name.</summary>
    FullName = 4,
    /// <summary>One ordinary dictionary word of two letters or more (環境, 整備, 文章): not a given name.</summary>
    OrdinaryWord = 8,
    /// <summary>A proper noun of any kind (人名, 地域, 組織).</summary>
    Proper = 16,
    /// <summary>Some morpheme is a verb, particle or other grammar word (直した); kana names are often split this way too (ふじ|え|だ).</summary>
    Grammar = 32,
    /// <summary>The word ends on grammar (すべき, られる): a kana run that cannot be a given name.</summary>
    EndsInGrammar = 64,
}

/// <summary>
/// Surname and given-name knowledge from MeCab's dictionary. In running text MeCab often prefers an
/// ordinary reading (山田 as 名詞,一般); asked about the word alone before さん it reports the 人名,姓 /
/// 人名,名 entries it holds. Answers are cached: the same few names recur across comments.
/// </summary>
internal static class NameLexicon
{
    private static readonly ConcurrentDictionary<string, NameReading> Cache = new(StringComparer.Ordinal);

    public static bool IsNameLike(string candidate) => Read(candidate).HasFlag(NameReading.NameLike);

    public static NameReading Read(string candidate)
    {
        if (!MeCab.IsAvailable || candidate.Length == 0 || candidate.Length > 10) return NameReading.None;
        if (Cache.Count > 50_000) Cache.Clear();
        return Cache.GetOrAdd(candidate, static c =>
        {
            var tokens = MeCab.Parse(c + "さん").ToList();
            // Drop the honorific (and anything MeCab glued it to) to read the word itself.
            var covered = 0;
            var word = new List<MeCabToken>();
            foreach (var t in tokens)
            {
                if (covered >= c.Length) break;
                word.Add(t);
                covered += t.Surface.Length;
            }
            if (word.Count == 0) return NameReading.None;
            var reading = NameReading.None;
            var nouns = word.All(t => t.PartOfSpeech is "名詞" or "接頭詞");
            if (nouns && word.Any(t => t.IsPersonName)) reading |= NameReading.NameLike;
            if (word[0].IsPersonName && word[0].Sub3 == "姓") reading |= NameReading.Surname;
            if (word.Count >= 2 && word[0].IsPersonName && word[0].Sub3 == "姓" && word.Skip(1).All(t => t.IsPersonName)) reading |= NameReading.FullName;
            if (word.Count == 1 && c.Length >= 2 && word[0].PartOfSpeech == "名詞" && word[0].Sub1 != "固有名詞" && word[0].Reading != "*") reading |= NameReading.OrdinaryWord;
            if (word.Count == 1 && word[0].PartOfSpeech is not "名詞") reading |= NameReading.OrdinaryWord | NameReading.EndsInGrammar;
            // すべき: the word closes on a verb or auxiliary that ends exactly where it does.
            if (covered == c.Length && word[^1].PartOfSpeech is "動詞" or "助動詞" or "助詞" or "形容詞") reading |= NameReading.EndsInGrammar;
            if (word.Any(t => t.PartOfSpeech is "動詞" or "助動詞" or "助詞" or "形容詞" or "副詞" or "連体詞" or "接続詞")) reading |= NameReading.Grammar;
            // 明記 read alone before さん is 人名,名 (アキ): a given-name reading says nothing about a family name.
            if (word.All(t => t.Sub1 == "固有名詞" && t.Sub3 != "名")) reading |= NameReading.Proper;
            return reading;
        });
    }
}
