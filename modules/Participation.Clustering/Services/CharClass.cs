namespace Participation.Clustering.Services;

/// <summary>Japanese script classes, used for n-gram segments and for word-like runs when MeCab is absent.</summary>
public enum Script { Other, Hiragana, Katakana, Kanji, Latin, Digit }

public static class CharClass
{
    public static Script Of(char c) => c switch
    {
        >= 'ぁ' and <= 'ゟ' => Script.Hiragana,
        >= 'ァ' and <= 'ヿ' => Script.Katakana,
        >= '一' and <= '鿿' or '々' or '〆' or >= '㐀' and <= '䶿' => Script.Kanji,
        >= 'a' and <= 'z' => Script.Latin,
        >= '0' and <= '9' => Script.Digit,
        _ when char.IsLetter(c) => Script.Latin,
        _ => Script.Other,
    };

    /// <summary>Characters that belong in an n-gram (letters and digits of any script).</summary>
    public static bool IsWordChar(char c) => Of(c) != Script.Other;
}
