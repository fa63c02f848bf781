namespace Participation.Core.Privacy.Recognizers;

/// <summary>Regex fragments shared by recognizers: half- and full-width forms of the same character.</summary>
internal static class Chars
{
    public const string Digit = "[0-9０-９]";
    public const string NotDigitBefore = "(?<![0-9０-９])";
    public const string NotDigitAfter = "(?![0-9０-９])";
    public const string Dash = "[-‐－―−–ー]";
    public const string Open = "[(（]";
    public const string Close = "[)）]";
    public const string Space = "[ 　]";
    /// <summary>Arabic (half/full width) and kanji numerals, as written in addresses.</summary>
    public const string Numeral = "[0-9０-９一二三四五六七八九十〇百千]";
    public const string Kanji = @"[\p{IsCJKUnifiedIdeographs}々〆ヶヵ]";
    public const string Hiragana = "[ぁ-ゖ]";
    public const string Katakana = "[ァ-ヺー・]";

    public static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or '々' or '〆' or 'ヶ' or 'ヵ';
    public static bool IsHiragana(char c) => c is >= 'ぁ' and <= 'ゖ';
    public static bool IsKatakana(char c) => c is >= 'ァ' and <= 'ヺ' or 'ー';
    public static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';
    public static bool IsNameChar(char c) => IsKanji(c) || IsHiragana(c) || IsKatakana(c) || IsLatin(c);
    public static bool IsSpace(char c) => c is ' ' or '　' or '\t';
}
