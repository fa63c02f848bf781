using static Participation.Core.Privacy.Recognizers.Chars;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>How strongly the context says a name is there.</summary>
public enum Cue { Label, Honorific, Strong, Weak, Field }

/// <summary>
/// Tells a name from the ordinary words that stand in the same places (ご担当者様, 皆様, 大学生です,
/// 市民の会 代表): stop words, role and organisation endings, and MeCab's reading of the candidate.
/// </summary>
internal static class NameFilter
{
    private static readonly HashSet<string> StopWords =
    [
        "皆", "皆さん", "みな", "みなさん", "みんな", "各位", "担当", "担当者", "ご担当者", "ご担当", "関係者", "客", "お客", "たく", "たくさん",
        "奥", "お母", "お父", "おかあ", "おとう", "おばあ", "おじい", "おにい", "おねえ", "お子", "息子", "娘", "母", "父", "子", "子ども", "お医者",
        "患者", "住民", "市民", "私", "わたし", "僕", "自分", "本人", "以上", "よろしく", "お願い", "彼", "彼女", "あなた", "誰", "どなた", "神",
        "殿", "お疲れ", "ご苦労", "おかげ", "お陰", "お互い", "お世話", "ご馳走", "お得意", "お客", "おばあ", "おまわり", "おにい", "おじ", "おば", "ばあ", "じい", "あんちゃん", "王", "姫", "貴", "個人", "事務局", "環境省", "同", "様", "先生", "以下", "同じ", "なし", "無し", "不明",
        "メール", "メールアドレス", "郵便番号", "個人番号", "マイナンバー", "フリーダイヤル", "ファックス", "ファクス", "携帯", "電話", "電話番号", "連絡先",
        "住所", "氏名", "所属", "まで", "です", "ます", "より", "から", "など", "こちら", "または", "及び", "および", "又は", "までお願いします",
        "自宅", "代表", "平日", "日中", "夜間", "事務所", "会社", "内線", "直通", "勤務先", "固定", "留守電", "窓口", "受付", "担当課", "休日", "土日",
    ];

    private static readonly string[] RoleEndings =
    [
        "者", "員", "長", "課", "局", "省", "庁", "部", "室", "会", "所", "社", "団", "党", "家", "官", "師", "士", "生", "方", "各位", "一同",
        "大臣", "知事", "議員", "職員", "センター", "ネットワーク", "協議会", "法人", "組合", "大学", "学校", "病院", "県", "都", "府", "区", "市",
        "的", "性", "化", "策", "案", "書", "等", "中", "内", "上", "下", "後", "前", "時", "方々", "さま", "ども", "たち", "問題", "計画",
    ];

    /// <summary>Words that are never a name, and roles or organisations (環境大臣, 市民の会), whatever stands around them.</summary>
    public static bool Excluded(string value)
    {
        var compact = string.Concat(value.Where(c => !IsSpace(c)));
        return compact.Length == 0 || StopWords.Contains(compact) || StopWords.Contains(compact.TrimStart('お', 'ご'))
            || RoleEndings.Any(e => compact.EndsWith(e, StringComparison.Ordinal));
    }

    public static bool Plausible(PiiText text, int start, int end, Cue cue)
    {
        if (end <= start) return false;
        var value = text.Text[start..end];
        var compact = string.Concat(value.Where(c => !IsSpace(c)));
        if (compact.Length == 0 || StopWords.Contains(compact) || StopWords.Contains(compact.TrimStart('お', 'ご'))) return false;
        if (compact.Length == 1 && cue != Cue.Honorific) return false;
        var spaced = value.Any(IsSpace);
        var kanaOnly = compact.All(c => IsHiragana(c) || IsKatakana(c));
        var kana = compact.All(c => IsHiragana(c) || IsKatakana(c));
        // Read alone before さん, MeCab calls many short kana words names (よう, はな); before です that is too weak.
        var nameLike = text.HasPersonName(start, end) || (cue != Cue.Weak || !kanaOnly) && NameLexicon.IsNameLike(compact)
            || spaced && value.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries) is var parts && NameLexicon.IsNameLike(parts[0]);
        var fullName = FullName.Is(text, start, end);
        if (RoleEndings.Any(e => compact.EndsWith(e, StringComparison.Ordinal)) && !nameLike) return false;
        if (compact.All(IsLatin)) return fullName || LooksLikeRomaji(value) && cue != Cue.Weak || cue == Cue.Label && compact.Length >= 2;
        if (fullName) return true;
        if (!text.HasMeCab) return cue != Cue.Weak || spaced || kana;
        if (nameLike) return true;
        var tokens = text.TokensIn(start, end).ToList();
        // Words MeCab knows as something else: verbs, particles, pronouns, roles (担当, 代表, 会員).
        var ordinary = tokens.Count == 0 || tokens.Any(t => t.Token.PartOfSpeech != "名詞" || t.Token.Sub1 is "代名詞" or "サ変接続" or "接尾" or "非自立" or "副詞可能" or "形容動詞語幹" or "数" or "接続詞的");
        var kanji = compact.All(IsKanji);
        // After 氏名： or 代表 anything shaped like a name is one, unless MeCab reads grammar or a role in it (西之園真綾 has 接尾 and 接頭詞 pieces).
        var grammar = tokens.Any(t => t.Token.PartOfSpeech is "動詞" or "助動詞" or "助詞" or "形容詞" or "副詞" || t.Token.Sub1 is "代名詞" or "サ変接続" or "数");
        return cue switch
        {
            Cue.Label => !grammar || spaced || kana,
            Cue.Strong => !ordinary || spaced || kana,
            Cue.Honorific => !ordinary || kana || kanji && compact.Length is >= 2 and <= 4,
            _ => spaced && !ordinary || spaced && kana,
        };
    }

    /// <summary>Kondo Chiyo, KONDO Chiyo: two capitalised words.</summary>
    public static bool LooksLikeRomaji(string value)
    {
        var words = value.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words.All(w => w.Length >= 2 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLetter));
    }
}
