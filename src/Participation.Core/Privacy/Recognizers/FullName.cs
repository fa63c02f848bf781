using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Whether a short piece of text is shaped like a family + given name on its own, with no cue word:
/// 高橋さゆり, 加納和也, 青山 晃, タナカ　ミキ, ヤマギシマアヤ, Mai Murayama, YAMADA Taro. The family name
/// comes from <see cref="Surnames"/> or MeCab's 人名,姓 entries; the given name must not be an ordinary
/// word (森 + 林整備 is not a name). Used where position alone suggests a name (a signature line).
/// </summary>
internal static class FullName
{
    private static readonly char[] Spaces = [' ', '　'];

    public static bool Is(PiiText text, int start, int end, bool allowUnlistedRomaji = true)
    {
        var parts = text.Text[start..end].Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2) return false;
        if (parts.All(p => p.All(IsLatin))) return parts.Length == 2 && Romanised(parts[0], parts[1], allowUnlistedRomaji);
        if (parts.Any(p => !p.All(IsNameChar))) return false;
        if (parts.Length == 2) return (Family(parts[0]) || UnlistedKanjiFamily(parts[0])) && Given(parts[1]);
        var compact = parts[0];
        if (compact.Length is < 2 or > 8) return false;
        var n = Surnames.PrefixLength(compact, 0, compact.Length);
        if (n > 0 && n < compact.Length && Given(compact[n..])) return true;
        if (NameLexicon.Read(compact).HasFlag(NameReading.FullName)) return true;
        // 吉本七夏: a kanji family MeCab knows as a surname or other proper noun, then a given name of two letters or more.
        for (var k = Math.Min(3, compact.Length - 2); k >= 2; k--)
        {
            if (!compact[..k].All(IsKanji)) continue;
            var family = NameLexicon.Read(compact[..k]);
            if ((family.HasFlag(NameReading.Surname) || family.HasFlag(NameReading.Proper)) && Given(compact[k..])) return true;
        }
        return false;
    }

    /// <summary>A family name standing alone: listed, read by MeCab as 姓, or written in kana.</summary>
    public static bool Family(string value)
    {
        if (value.Length is < 1 or > 5) return false;
        if (Surnames.Contains(value)) return true;
        if (value.All(c => IsHiragana(c) || IsKatakana(c))) return value.Length >= 2 && (NameLexicon.Read(value) & (NameReading.OrdinaryWord | NameReading.EndsInGrammar)) == 0;
        return NameLexicon.Read(value).HasFlag(NameReading.Surname);
    }

    // 西之園　真綾: with a space to mark the split, a kanji family MeCab does not know is enough if it is no ordinary word.
    private static bool UnlistedKanjiFamily(string value) =>
        value.Length is >= 2 and <= 3 && value.All(IsKanji) && (NameLexicon.Read(value) & (NameReading.OrdinaryWord | NameReading.Grammar)) == 0;

    /// <summary>A given name: 1–3 kanji (with kana such as くみ子), or 2–4 kana, that is not an ordinary word.</summary>
    public static bool Given(string value)
    {
        if (value.Length is < 1 or > 5 || !value.All(IsNameChar) || value.Any(IsLatin)) return false;
        var kanji = value.Count(IsKanji);
        var reading = NameLexicon.Read(value);
        if (reading.HasFlag(NameReading.NameLike)) return true;
        if (kanji == 0) return value.Length is >= 2 and <= 5 && !reading.HasFlag(NameReading.EndsInGrammar) && !Particles(value);
        if (kanji > 3 || value.Length > 4) return false;
        return !reading.HasFlag(NameReading.OrdinaryWord) && !reading.HasFlag(NameReading.Grammar);
    }

    // Kana that ends or starts like grammar (ので, ます, から) is text, not a name.
    private static bool Particles(string value) =>
        value.EndsWith("ます") || value.EndsWith("です") || value.EndsWith("した") || value.EndsWith("から") || value.EndsWith("ので") || value.StartsWith('の');

    /// <summary>Two romanised words, either order: Kondo Chiyo, YAMADA Taro, Mai Murayama.</summary>
    public static bool Romanised(string first, string second, bool allowUnlisted)
    {
        if (!Capitalised(first) || !Capitalised(second)) return false;
        if (!Romaji.CouldBeJapanese(first) || !Romaji.CouldBeJapanese(second)) return false;
        return allowUnlisted || Surnames.ContainsRomaji(first) || Surnames.ContainsRomaji(second);
    }

    private static bool Capitalised(string word) => word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLetter)
        && (word.Skip(1).All(char.IsLower) || word.All(char.IsUpper));
}
