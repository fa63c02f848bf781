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

    private static List<string> MeCabWords(string s)
    {
        var words = new List<string>();
        foreach (var t in MeCab.Parse(s))
        {
            var keep = t.PartOfSpeech switch
            {
                "名詞" => t.Sub1 is not ("数" or "非自立" or "代名詞" or "接尾" or "特殊"),
                "動詞" or "形容詞" => t.Sub1 == "自立",
                _ => false,
            };
            if (!keep) continue;
            var w = t.BaseForm;
            if (w.Length == 0 || StopWords.Contains(w)) continue;
            if (w.Length == 1 && CharClass.Of(w[0]) is Script.Hiragana or Script.Katakana or Script.Other or Script.Digit) continue;
            words.Add(w);
        }
        return words;
    }

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
