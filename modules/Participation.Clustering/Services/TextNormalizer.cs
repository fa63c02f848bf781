using System.Text;
using System.Text.RegularExpressions;

namespace Participation.Clustering.Services;

/// <summary>
/// Prepares Japanese text for features: NFKC (full-width ASCII and half-width kana become one form),
/// lower case, katakana long-vowel and dash variants unified, URLs and e-mail addresses dropped (they carry
/// no topic), digit runs folded to one "0" (so 2024年 and 2025年 share features), whitespace collapsed.
/// </summary>
public static partial class TextNormalizer
{
    [GeneratedRegex(@"(?:https?|ftp)://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlOrMail();

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var s = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        // The pattern backtracks over every run of word characters, so only texts that can hold a URL or address pay for it.
        if (s.Contains('@') || s.Contains("://", StringComparison.Ordinal) || s.Contains("www.", StringComparison.OrdinalIgnoreCase))
            s = UrlOrMail().Replace(s, " ");
        var sb = new StringBuilder(s.Length);
        var lastSpace = true;
        var lastDigit = false;
        foreach (var raw in s)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!lastSpace) sb.Append(' ');
                lastSpace = true;
                lastDigit = false;
                continue;
            }
            if (c is >= '0' and <= '9')
            {
                if (!lastDigit) sb.Append('0');
                lastDigit = true;
                lastSpace = false;
                continue;
            }
            sb.Append(c);
            lastDigit = false;
            lastSpace = false;
        }
        return sb.ToString().Trim();
    }

    // Unifies look-alike characters that NFKC leaves apart.
    private static char Fold(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        '―' or '‐' or '－' or '—' or '–' or '〜' or '～' => '-',
        'ｰ' => 'ー',
        '　' => ' ',
        _ when c > 127 && char.IsUpper(c) => char.ToLowerInvariant(c),
        _ => c,
    };

    /// <summary>Hiragana to katakana, for comparing readings and kana spellings of the same word.</summary>
    public static string HiraganaToKatakana(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= 'ぁ' and <= 'ゖ') chars[i] = (char)(chars[i] + 0x60);
        return new string(chars);
    }
}
