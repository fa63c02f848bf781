using System.Text.RegularExpressions;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Personal names, found from context rather than from a list: labels before a name (氏名：, 代表,
/// 意見提出者), words after one (様・さん・氏・くん・ちゃん, と申します, 拝, （66歳）), signature fields next
/// to other personal data, and MeCab's 人名 tags to tell names from ordinary nouns. Every other
/// occurrence of a found name in the same text is masked too.
/// </summary>
public sealed partial class NameRecognizer
{
    [GeneratedRegex(@"(?:氏\s?名|お名前|名前|意見提出者|提出者|記入者|投稿者|差出人|代表者?|Name|NAME)(?:[:：】\]]|[ 　]|(?=［))+")]
    private static partial Regex LeftLabel();

    [GeneratedRegex("(?:さん|様|さま|氏(?!名)|くん|君|ちゃん|先生|殿|議員)")]
    private static partial Regex Honorific();

    [GeneratedRegex("(?:と申します|と申し|といいます|と言います|と申す|と名乗|拝(?![見読察啓借聴])|[(（][0-9０-９]{1,3}[歳才])")]
    private static partial Regex StrongAfter();

    [GeneratedRegex("(?:です|でございます)")]
    private static partial Regex WeakAfter();

    [GeneratedRegex("(?:[ 　]+|[ 　]*[(（])(?:携帯|TEL|Tel|電話|連絡先|E-?mail|メール|FAX)")]
    private static partial Regex ContactAfter();

    public IEnumerable<PiiSpan> Find(PiiText text, IReadOnlyList<PiiSpan> others)
    {
        var found = new List<(int Start, int End)>();
        var s = text.Text;
        foreach (Match m in LeftLabel().Matches(s))
            if (NameShape.After(s, m.Index + m.Length) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Label))
                found.Add(n);
        foreach (Match m in Honorific().Matches(s))
            if (NameShape.Before(s, m.Index) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Honorific) && HonorificIsSuffix(text, n.Start, m.Index, m.Length))
                found.Add(n);
        foreach (Match m in StrongAfter().Matches(s))
            if (NameShape.Before(s, m.Index) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Strong))
                found.Add(n);
        foreach (Match m in WeakAfter().Matches(s))
            if (NameShape.Before(s, m.Index) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Weak))
                found.Add(n);
        foreach (Match m in ContactAfter().Matches(s))
            if (NameShape.Before(s, m.Index) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Weak) && StartsField(s, n.Start))
                found.Add(n);
        // 村山 さゆり（平成5年12月4日生）: a name right before a bracketed birth date or age.
        foreach (var birth in others.Where(o => o.Kind == PiiKind.Birth && o.Start > 1 && s[o.Start - 1] is '（' or '('))
            if (NameShape.Before(s, birth.Start - 1) is { } n && NameFilter.Plausible(text, n.Start, n.End, Cue.Strong))
                found.Add(n);
        found.AddRange(SignatureFields.Find(text, others));
        found.AddRange(StandaloneNames.Find(text, others));
        return Propagate(s, found).Select(n => new PiiSpan(n.Start, n.End - n.Start, PiiKind.Name));
    }

    // With MeCab, さん must be its own morpheme (not たくさん, not 皆さん as a pronoun). A kana name needs more:
    // MeCab's suffix reading and no kana word running on after it (可能な様にし, おかげさまで, されている様な).
    private static bool HonorificIsSuffix(PiiText text, int nameStart, int at, int length)
    {
        var s = text.Text;
        var kana = s[nameStart..at].All(c => Chars.IsHiragana(c) || Chars.IsSpace(c));
        if (kana && (at - nameStart < 2 || !ParticleOrEnd(s, at + length))) return false;
        if (!text.HasMeCab) return true;
        if (KanaBeforeHonorific(s, at)) return true;
        return text.TokensIn(Math.Max(0, at - 4), Math.Min(s.Length, at + 3)).Any(t => t.Start == at
            && (t.Token.Sub1 == "接尾" || (!kana || at - nameStart >= 3) && t.Token.Surface is "様" or "氏" or "君" or "先生" or "殿" or "議員"));
    }

    private static bool ParticleOrEnd(string s, int after) =>
        after >= s.Length || !Chars.IsHiragana(s[after]) || "のはがにともをへかや".Contains(s[after]);

    // なかつがわさん（080…: MeCab may glue さん to the kana before it (わさん); a kana run of three or more
    // with a particle or punctuation after the honorific is still a name (stop words such as おばあ aside).
    private static bool KanaBeforeHonorific(string s, int at)
    {
        var kana = 0;
        while (at - kana - 1 >= 0 && Chars.IsHiragana(s[at - kana - 1])) kana++;
        var after = s.IndexOf("さん", at, StringComparison.Ordinal) == at ? at + 2 : -1;
        return kana >= 3 && after > 0 && ParticleOrEnd(s, after);
    }

    private static bool StartsField(string s, int start) => start == 0 || s[start - 1] is '\n' or ' ' or '　' or '】' or '）' or ')' or '：' or ':' or '］';

    /// <summary>Adds every other occurrence of each found name, and of its parts of two letters or more.</summary>
    private static IEnumerable<(int Start, int End)> Propagate(string s, List<(int Start, int End)> found)
    {
        var result = new List<(int Start, int End)>(found);
        var strings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in found)
        {
            var value = s[start..end];
            strings.Add(value);
            var parts = value.Split([' ', '　'], StringSplitOptions.RemoveEmptyEntries);
            strings.Add(string.Concat(parts));
            strings.Add(string.Join(' ', parts));
            strings.Add(string.Join('　', parts));
            foreach (var part in parts)
                if (part.Length >= 2) strings.Add(part);
            // 西之園真綾 found once is also 西之園　真綾 elsewhere.
            if (parts.Length == 1 && value.Length is >= 2 and <= 8)
                for (var k = 1; k < value.Length; k++)
                {
                    strings.Add(value[..k] + ' ' + value[k..]);
                    strings.Add(value[..k] + '　' + value[k..]);
                }
        }
        foreach (var value in strings.Where(v => v.Length >= 2))
        {
            var at = s.IndexOf(value, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + value.Length;
                var before = at == 0 ? ' ' : s[at - 1];
                var after = end >= s.Length ? ' ' : s[end];
                // A place named after the family (大垣市, 中村区) is not the person.
                if (!"市区町村郡都道府県駅線川山".Contains(after))
                    result.Add((at, end));
                at = s.IndexOf(value, end, StringComparison.Ordinal);
            }
        }
        return result.Distinct();
    }
}
