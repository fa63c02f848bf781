using System.Collections.Concurrent;
using System.Text;

namespace Participation.Core.Text;

/// <summary>
/// Adds readings (ふりがな) to kanji in HTML: <c>&lt;ruby&gt;漢字&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;かんじ&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c>.
/// Only text between tags changes — tags, attributes, entities and the insides of script, style, textarea,
/// title, code, pre and existing ruby are copied as they are — so the HTML stays valid. Readings come from
/// MeCab (katakana turned into hiragana, okurigana left outside the ruby); without MeCab the HTML is returned
/// unchanged. Text nodes repeat across pages (navigation, headings), so results are cached per text.
/// </summary>
public sealed class Furigana(Func<string, IReadOnlyList<MeCabToken>>? tokenize)
{
    private const int CacheLimit = 20_000;
    private static readonly string[] Verbatim = ["script", "style", "textarea", "title", "code", "pre", "ruby", "rt", "rp", "svg", "head"];
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    /// <summary>The shared instance: MeCab when installed, otherwise a pass-through.</summary>
    public static Furigana Default { get; } = new(MeCab.IsAvailable ? MeCab.Parse : null);

    public bool IsAvailable => tokenize is not null;

    public string Transform(string html)
    {
        if (tokenize is null || string.IsNullOrEmpty(html)) return html;
        var output = new StringBuilder(html.Length + html.Length / 4);
        var i = 0;
        string? skipUntil = null; // closing tag name whose content is copied verbatim
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                var text = html[i..textEnd];
                output.Append(skipUntil is null ? Annotate(text) : text);
            }
            if (lt < 0) break;
            var gt = TagEnd(html, lt);
            var tag = html[lt..gt];
            output.Append(tag);
            var (name, closing) = TagName(tag);
            if (skipUntil is null && !closing && Verbatim.Contains(name) && !tag.EndsWith("/>", StringComparison.Ordinal)) skipUntil = name;
            else if (skipUntil is not null && closing && name == skipUntil) skipUntil = null;
            i = gt;
        }
        return output.ToString();
    }

    /// <summary>One text node (entities included, as in the source) with ruby added.</summary>
    public string Annotate(string text)
    {
        if (tokenize is null || !text.Any(IsKanji)) return text;
        if (cache.TryGetValue(text, out var done)) return done;
        var output = new StringBuilder(text.Length * 2);
        var at = 0;
        foreach (var token in tokenize(text))
        {
            var found = token.Surface.Length == 0 ? -1 : text.IndexOf(token.Surface, at, StringComparison.Ordinal);
            if (found < 0) continue;
            output.Append(text, at, found - at);
            AppendToken(output, token);
            at = found + token.Surface.Length;
        }
        output.Append(text, at, text.Length - at);
        var result = output.ToString();
        if (cache.Count > CacheLimit) cache.Clear();
        cache[text] = result;
        return result;
    }

    private static void AppendToken(StringBuilder output, MeCabToken token)
    {
        var surface = token.Surface;
        if (!surface.Any(IsKanji) || token.Reading is "*" or "" || surface.Contains('&') || surface.Contains(';'))
        {
            output.Append(surface);
            return;
        }
        var reading = ToHiragana(token.Reading);
        var hiraSurface = ToHiragana(surface);
        // Okurigana (書く → か + く) and leading kana stay outside the ruby.
        var head = 0;
        while (head < surface.Length - 1 && head < reading.Length && !IsKanji(surface[head]) && hiraSurface[head] == reading[head]) head++;
        var tail = 0;
        while (tail < surface.Length - head - 1 && tail < reading.Length - head
               && !IsKanji(surface[^(tail + 1)]) && hiraSurface[^(tail + 1)] == reading[^(tail + 1)]) tail++;
        var baseText = surface[head..(surface.Length - tail)];
        var rt = reading.Length - head - tail > 0 ? reading[head..(reading.Length - tail)] : "";
        output.Append(surface, 0, head);
        if (rt.Length == 0 || rt == ToHiragana(baseText)) output.Append(baseText);
        else output.Append("<ruby>").Append(baseText).Append("<rp>(</rp><rt>").Append(rt).Append("</rt><rp>)</rp></ruby>");
        output.Append(surface, surface.Length - tail, tail);
    }

    public static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or '々' or '〆' or 'ヶ';

    public static string ToHiragana(string text) =>
        string.Create(text.Length, text, (span, s) =>
        {
            for (var k = 0; k < s.Length; k++) span[k] = s[k] is >= 'ァ' and <= 'ヶ' ? (char)(s[k] - 0x60) : s[k];
        });

    /// <summary>End of the tag starting at <paramref name="lt"/> (index after '&gt;'), respecting quoted attribute values.</summary>
    private static int TagEnd(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        char quote = '\0';
        for (var k = lt + 1; k < html.Length; k++)
        {
            var c = html[k];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return k + 1;
        }
        return html.Length;
    }

    private static (string Name, bool Closing) TagName(string tag)
    {
        var k = 1;
        var closing = k < tag.Length && tag[k] == '/';
        if (closing) k++;
        var start = k;
        while (k < tag.Length && (char.IsAsciiLetterOrDigit(tag[k]) || tag[k] == '-')) k++;
        return (tag[start..k].ToLowerInvariant(), closing);
    }
}
