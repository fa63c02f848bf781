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
    public void Tokenize(string normalized, List<ulong> chars, List<ulong> words, IDictionary<ulong, string>? names)
    {
        AddCharGrams(normalized, chars);
        var content = UsesMeCab ? MeCabWords(normalized) : ScriptRuns(normalized);
        for (var i = 0; i < content.Count; i++)
        {
            var key = FeatureKeys.OfWord(content[i]);
            words.Add(key);
            if (names is not null) names.TryAdd(key, content[i]);
            if (i > 0) words.Add(FeatureKeys.OfPair(content[i - 1], content[i]));
        }
    }

    /// <summary>Content words only, in order; used for features and for cluster labels.</summary>
    public List<string> ContentWords(string normalized) => UsesMeCab ? MeCabWords(normalized) : ScriptRuns(normalized);

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

    // Only part of speech, sub-category, surface and base form, one morpheme a line: reading MeCab's full output
    // (nine fields, a token object each) cost more than the rest of featurisation together.
    private const string WordFormat = "-F%f[0]\\t%f[1]\\t%m\\t%f[6]\\n -U%f[0]\\t%f[1]\\t%m\\t*\\n -E\\n";

    private static List<string> MeCabWords(string s)
    {
        var words = new List<string>();
        var output = MeCab.Run(s, WordFormat);
        if (output is null) return words;
        foreach (var range in output.AsSpan().Split('\n'))
        {
            var line = output.AsSpan(range);
            var t1 = line.IndexOf('\t');
            if (t1 <= 0) continue;
            var pos = line[..t1];
            var rest = line[(t1 + 1)..];
            var t2 = rest.IndexOf('\t');
            if (t2 < 0) continue;
            var sub1 = rest[..t2];
            if (!Keep(pos, sub1)) continue;
            rest = rest[(t2 + 1)..];
            var t3 = rest.IndexOf('\t');
            if (t3 < 0) continue;
            var surface = rest[..t3];
            var lemma = rest[(t3 + 1)..];
            var w = lemma is "*" || lemma.IsEmpty ? surface : lemma;
            if (w.IsEmpty) continue;
            if (w.Length == 1 && CharClass.Of(w[0]) is Script.Hiragana or Script.Katakana or Script.Other or Script.Digit) continue;
            var word = w.ToString();
            if (StopWords.Contains(word)) continue;
            words.Add(word);
        }
        return words;
    }

    private static bool Keep(ReadOnlySpan<char> pos, ReadOnlySpan<char> sub1) =>
        pos is "名詞" ? sub1 is not ("数" or "非自立" or "代名詞" or "接尾" or "特殊")
        : pos is "動詞" or "形容詞" && sub1 is "自立";

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
