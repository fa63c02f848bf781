using System.Text;
using System.Text.RegularExpressions;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Romanised Japanese, enough to recognise names: kana to Hepburn, one canonical spelling for the many
/// ways a name is romanised (Itou/Itoh/Ito, Shimizu/Simizu), and whether a word could be Japanese at all
/// (Murayama can, Green cannot).
/// </summary>
internal static partial class Romaji
{
    private static readonly Dictionary<string, string> Kana = Build();

    private static Dictionary<string, string> Build()
    {
        var rows = new (string Kana, string Latin)[]
        {
            ("あいうえお", "a i u e o"), ("かきくけこ", "ka ki ku ke ko"), ("がぎぐげご", "ga gi gu ge go"),
            ("さしすせそ", "sa shi su se so"), ("ざじずぜぞ", "za ji zu ze zo"), ("たちつてと", "ta chi tsu te to"),
            ("だぢづでど", "da ji zu de do"), ("なにぬねの", "na ni nu ne no"), ("はひふへほ", "ha hi fu he ho"),
            ("ばびぶべぼ", "ba bi bu be bo"), ("ぱぴぷぺぽ", "pa pi pu pe po"), ("まみむめも", "ma mi mu me mo"),
            ("やゆよ", "ya yu yo"), ("らりるれろ", "ra ri ru re ro"), ("わをん", "wa o n"), ("ぁぃぅぇぉ", "a i u e o"),
        };
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kana, latin) in rows)
            foreach (var (k, l) in kana.Zip(latin.Split(' '))) map[k.ToString()] = l;
        foreach (var (i, stem) in new[] { ("き", "k"), ("ぎ", "g"), ("に", "n"), ("ひ", "h"), ("び", "b"), ("ぴ", "p"), ("み", "m"), ("り", "r") })
            foreach (var (small, v) in new[] { ("ゃ", "ya"), ("ゅ", "yu"), ("ょ", "yo") }) map[i + small] = stem + v;
        foreach (var (i, stem) in new[] { ("し", "sh"), ("じ", "j"), ("ち", "ch"), ("ぢ", "j") })
            foreach (var (small, v) in new[] { ("ゃ", "a"), ("ゅ", "u"), ("ょ", "o") }) map[i + small] = stem + v;
        return map;
    }

    public static string ToKatakana(string hiragana) =>
        string.Concat(hiragana.Select(c => Chars.IsHiragana(c) ? (char)(c + 0x60) : c));

    private static string ToHiragana(string kana) =>
        string.Concat(kana.Select(c => c is >= 'ァ' and <= 'ヶ' ? (char)(c - 0x60) : c));

    /// <summary>Hepburn romanisation of hiragana or katakana (long marks dropped).</summary>
    public static string FromKana(string kana)
    {
        var s = ToHiragana(kana);
        var result = new StringBuilder();
        var doubleNext = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 'っ') { doubleNext = true; continue; }
            if (s[i] == 'ー') continue;
            string? latin;
            if (i + 1 < s.Length && Kana.TryGetValue(s.Substring(i, 2), out var pair)) { latin = pair; i++; }
            else if (!Kana.TryGetValue(s[i].ToString(), out latin)) continue;
            if (doubleNext) { result.Append(latin[0] == 'c' ? 't' : latin[0]); doubleNext = false; }
            result.Append(latin);
        }
        return result.ToString();
    }

    /// <summary>One spelling for every common romanisation: lower case, Kunrei-like consonants, long vowels single.</summary>
    public static string Canonical(string word)
    {
        var s = word.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = s.Replace("tch", "tt").Replace("sh", "sy").Replace("ch", "ty").Replace("tsu", "tu").Replace("fu", "hu").Replace("ji", "zi").Replace("j", "zy");
        s = s.Replace("syi", "si").Replace("tyi", "ti").Replace("zyi", "zi");
        s = LongO().Replace(s, "o");
        s = s.Replace("uu", "u").Replace("ou", "o").Replace("oo", "o").Replace("ei", "e").Replace("ii", "i");
        s = s.Replace("mb", "nb").Replace("mp", "np").Replace("mm", "nm");
        return s;
    }

    [GeneratedRegex("oh(?![aiueoy])")]
    private static partial Regex LongO();

    [GeneratedRegex("^(?:(?:[kgsztdnhbpmrfjcwy]|sh|ch|ts|[kgnhbpmr]y)?[aiueo]|n(?![aiueoy])|([kgstdhbpmrfjc])(?=\\1)|(?<=o)h(?![aiueoy]))+$", RegexOptions.IgnoreCase)]
    private static partial Regex Syllables();

    /// <summary>Whether the word splits into Japanese syllables (Murayama, Chiyo, Itoh), so could be a romanised name.</summary>
    public static bool CouldBeJapanese(string word) => word.Length >= 2 && word.All(char.IsAsciiLetter) && Syllables().IsMatch(word);
}
