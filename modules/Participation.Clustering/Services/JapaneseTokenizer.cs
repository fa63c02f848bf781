using Participation.Core.Text;

namespace Participation.Clustering.Services;

/// <summary>
/// Turns one normalised text into feature keys: character 2- and 3-grams inside runs of letters (always), plus
/// content words and adjacent content-word pairs. Words come from MeCab (名詞/動詞/形容詞 base forms) when it is
/// installed and enabled, otherwise from script runs (漢字・カタカナ・英数字 sequences), which is a rough but
/// dictionary-free stand-in. Words are added to the n-grams, not instead of them.
/// </summary>
public sealed class JapaneseTokenizer(bool useMeCab)
{
    public bool UsesMeCab { get; } = useMeCab && MeCab.IsAvailable;

    /// <summary>Adds the text's keys to <paramref name="chars"/> and <paramref name="words"/>; word strings go to <paramref name="names"/>.</summary>
    /// <remarks>With <paramref name="learn"/>, every morpheme MeCab reads is also recorded there for a <see cref="SurfaceLexicon"/>.</remarks>
    public void Tokenize(string normalized, List<ulong> chars, List<ulong> words, IDictionary<ulong, string>? names, SurfaceLexicon.Builder? learn = null)
    {
        AddCharGrams(normalized, chars);
        var content = UsesMeCab ? MeCabWords(normalized, learn) : ScriptRuns(normalized);
        for (var i = 0; i < content.Count; i++)
        {
            var key = FeatureKeys.OfWord(content[i]);
            words.Add(key);
            if (names is not null) names.TryAdd(key, content[i]);
            if (i > 0) words.Add(FeatureKeys.OfPair(content[i - 1], content[i]));
        }
    }

    /// <summary>
    /// Keys as <see cref="Tokenize(string, List{ulong}, List{ulong}, IDictionary{ulong, string}?, SurfaceLexicon.Builder?)"/>
    /// gives, with words found in <paramref name="lexicon"/> instead of by MeCab: for texts beyond the vocabulary sample.
    /// </summary>
    public static void Tokenize(string normalized, List<ulong> chars, List<ulong> words, SurfaceLexicon lexicon)
    {
        AddCharGrams(normalized, chars);
        lexicon.AddWords(normalized, words);
    }

    /// <summary>Content words only, in order; used for features and for cluster labels.</summary>
    public List<string> ContentWords(string normalized) => UsesMeCab ? MeCabWords(normalized, null) : ScriptRuns(normalized);

    private static void AddCharGrams(string s, List<ulong> keys)
    {
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && CharClass.IsWordChar(s[i])) continue;
            var run = s.AsSpan(start, i - start);
            for (var j = 0; j + 1 < run.Length; j++)
            {
                keys.Add(FeatureKeys.Gram(run.Slice(j, 2)));
                if (j + 2 < run.Length) keys.Add(FeatureKeys.Gram(run.Slice(j, 3)));
            }
            start = i + 1;
        }
    }

    // Read from MeCab's lattice (no output string): part of speech, sub-category and base form come from the
    // feature CSV (品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,…); unknown words have no base form, so their surface.
    private static List<string> MeCabWords(string s, SurfaceLexicon.Builder? learn)
    {
        var words = new List<string>();
        MeCab.Walk(s, (surface, feature) =>
        {
            var word = ContentWord(surface, feature);
            if (word is not null) words.Add(word);
            learn?.Add(surface, word);
        });
        return words;
    }

    private static string? ContentWord(ReadOnlySpan<byte> surface, ReadOnlySpan<byte> feature)
    {
        var pos = Field(ref feature);
        var sub1 = Field(ref feature);
        if (!Keep(pos, sub1)) return null;
        for (var f = 2; f < 6; f++) Field(ref feature);
        var lemma = Field(ref feature);
        var bytes = lemma.IsEmpty || lemma.SequenceEqual("*"u8) ? surface : lemma;
        if (bytes.IsEmpty) return null;
        var w = System.Text.Encoding.UTF8.GetString(bytes);
        if (w.Length == 1 && CharClass.Of(w[0]) is Script.Hiragana or Script.Katakana or Script.Other or Script.Digit) return null;
        return StopWords.Contains(w) ? null : w;
    }

    /// <summary>The next comma-separated field (empty once the CSV is used up).</summary>
    private static ReadOnlySpan<byte> Field(ref ReadOnlySpan<byte> csv)
    {
        var comma = csv.IndexOf((byte)',');
        if (comma < 0) { var last = csv; csv = default; return last; }
        var field = csv[..comma];
        csv = csv[(comma + 1)..];
        return field;
    }

    private static bool Keep(ReadOnlySpan<byte> pos, ReadOnlySpan<byte> sub1) =>
        pos.SequenceEqual("名詞"u8)
            ? !(sub1.SequenceEqual("数"u8) || sub1.SequenceEqual("非自立"u8) || sub1.SequenceEqual("代名詞"u8) || sub1.SequenceEqual("接尾"u8) || sub1.SequenceEqual("特殊"u8))
            : (pos.SequenceEqual("動詞"u8) || pos.SequenceEqual("形容詞"u8)) && sub1.SequenceEqual("自立"u8);

    // Without a dictionary, runs of one script are the best cheap guess at words: 環境基本計画, パブリックコメント, wifi.
    private static List<string> ScriptRuns(string s)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= s.Length; i++)
        {
            if (i < s.Length && CharClass.Of(s[i]) == CharClass.Of(s[start])) continue;
            var script = CharClass.Of(s[start]);
            if (script is Script.Kanji or Script.Katakana or Script.Latin && i - start >= 2)
            {
                var w = s[start..i];
                if (!StopWords.Contains(w)) words.Add(w);
            }
            start = i;
        }
        return words;
    }
}
