using Participation.Core.Text;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>A morpheme with its position in the original text.</summary>
public sealed record PlacedToken(int Start, MeCabToken Token)
{
    public int End => Start + Token.Surface.Length;
    public bool IsSurname => Token.IsPersonName && Token.Sub3 == "姓";
    public bool IsGivenName => Token.IsPersonName && Token.Sub3 == "名";
}

/// <summary>
/// The text being redacted, with MeCab asked only about the few places a name may be: a short window
/// around each candidate is parsed (and cached), which is far cheaper than parsing whole comments.
/// Without MeCab the token lists are empty and recognizers rely on patterns alone.
/// </summary>
public sealed class PiiText(string text, bool useMeCab = true)
{
    private readonly Dictionary<(int, int), List<PlacedToken>> windows = [];

    public string Text { get; } = text;

    public bool HasMeCab { get; } = useMeCab && MeCab.IsAvailable;

    /// <summary>Tokens lying fully inside [start, end), parsed with a little context on each side.</summary>
    public IReadOnlyList<PlacedToken> TokensIn(int start, int end)
    {
        if (!HasMeCab || end <= start) return [];
        var from = Math.Max(0, start - 6);
        var to = Math.Min(Text.Length, end + 6);
        var lineStart = Text.LastIndexOf('\n', Math.Max(0, start - 1));
        if (lineStart >= from && lineStart < start) from = lineStart + 1;
        var lineEnd = Text.IndexOf('\n', end);
        if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
        if (!windows.TryGetValue((from, to), out var tokens))
            windows[(from, to)] = tokens = Place(Text, from, MeCab.Parse(Text[from..to]));
        return tokens.Where(t => t.Start >= start && t.End <= end).ToList();
    }

    /// <summary>
    /// Whether MeCab tags a person-name morpheme (姓 or 名) inside [start, end) and reads nothing there as
    /// grammar: in 書き直した文章 a lone 直 may be tagged 人名, but し and た show it is a verb.
    /// </summary>
    public bool HasPersonName(int start, int end)
    {
        var tokens = TokensIn(start, end);
        return tokens.Any(t => t.Token.IsPersonName) && !tokens.Any(t => t.Token.PartOfSpeech is "動詞" or "助動詞" or "助詞" or "形容詞");
    }

    // MeCab drops spaces, so walk the text to find each surface again.
    private static List<PlacedToken> Place(string text, int offset, IReadOnlyList<MeCabToken> tokens)
    {
        var placed = new List<PlacedToken>(tokens.Count);
        var cursor = offset;
        foreach (var token in tokens)
        {
            var at = text.IndexOf(token.Surface, cursor, StringComparison.Ordinal);
            if (at < 0) continue;
            placed.Add(new PlacedToken(at, token));
            cursor = at + token.Surface.Length;
        }
        return placed;
    }
}
