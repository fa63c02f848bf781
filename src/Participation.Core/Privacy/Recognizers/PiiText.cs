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
/// The text being redacted, parsed once: every recognizer shares the same MeCab tokens
/// (empty when MeCab is not installed, and recognizers then rely on patterns alone).
/// </summary>
public sealed class PiiText
{
    public string Text { get; }
    public IReadOnlyList<PlacedToken> Tokens { get; }

    public PiiText(string text, bool useMeCab = true)
    {
        Text = text;
        Tokens = useMeCab && MeCab.IsAvailable ? Place(text, MeCab.Parse(text)) : [];
    }

    public bool HasMeCab => Tokens.Count > 0;

    /// <summary>Tokens lying fully inside [start, end).</summary>
    public IEnumerable<PlacedToken> TokensIn(int start, int end)
    {
        foreach (var t in Tokens)
        {
            if (t.Start >= end) yield break;
            if (t.Start >= start && t.End <= end) yield return t;
        }
    }

    /// <summary>Whether MeCab tags a person-name morpheme (姓 or 名) inside [start, end).</summary>
    public bool HasPersonName(int start, int end) => TokensIn(start, end).Any(t => t.Token.IsPersonName);

    public bool HasSurname(int start, int end) => TokensIn(start, end).Any(t => t.IsSurname);

    // MeCab drops spaces and we replaced newlines, so walk the text to find each surface again.
    private static List<PlacedToken> Place(string text, IReadOnlyList<MeCabToken> tokens)
    {
        var placed = new List<PlacedToken>(tokens.Count);
        var cursor = 0;
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
