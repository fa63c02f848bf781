using System.Globalization;
using System.Text;

namespace Participation.Wards.Services;

/// <summary>
/// Japanese search without a provider-specific index: text is stored normalised (NFKC, lower case,
/// katakana folded to hiragana, no spaces) and matched with LIKE, so SQLite and PostgreSQL behave alike
/// and 全角/半角 or カタカナ/ひらがな differences do not hide a thread.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var nfkc = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c)) continue;
            // Katakana ァ..ヶ sit exactly 0x60 above hiragana ぁ..ゖ.
            sb.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c);
        }
        return sb.ToString();
    }

    public static string Of(string title, string body) => Normalize(title) + "\n" + Normalize(body);

    /// <summary>Escapes LIKE wildcards so a query containing % or _ matches literally.</summary>
    public static string LikePattern(string normalizedQuery) =>
        "%" + normalizedQuery.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
