using System.Text.RegularExpressions;

namespace Participation.Core.Privacy;

/// <summary>
/// Turns overlapping detections into one ordered list without overlaps. Stronger evidence wins
/// (an e-mail or individual number over a phone, an address over a name inside it); the loser keeps
/// the part outside the winner. Text already inside a mask (［氏名］, or a comment's own ［P66 7 行］)
/// is never detected again, so redacting twice changes nothing and masks never nest.
/// </summary>
public static partial class SpanMerger
{
    [GeneratedRegex("［[^［］\n]*］")]
    private static partial Regex Bracketed();

    private static int Rank(PiiKind kind) => kind switch
    {
        PiiKind.Email => 0,
        PiiKind.IdNumber => 1,
        PiiKind.Postal => 2,
        PiiKind.Phone => 3,
        PiiKind.Birth => 4,
        PiiKind.Address => 5,
        _ => 6,
    };

    public static IReadOnlyList<PiiSpan> Merge(string text, IEnumerable<PiiSpan> spans)
    {
        var taken = new List<PiiSpan>();
        var blocked = Bracketed().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (var span in spans.Where(s => s.Length > 0).OrderBy(s => Rank(s.Kind)).ThenByDescending(s => s.Length).ThenBy(s => s.Start))
        {
            var pieces = new List<(int Start, int End)> { (span.Start, span.End) };
            foreach (var (start, end) in blocked.Concat(taken.Select(t => (t.Start, t.End))))
                pieces = pieces.SelectMany(p => Cut(p, start, end)).ToList();
            foreach (var (start, end) in pieces)
            {
                var (s, e) = Trim(text, start, end);
                if (e - s >= 1 && HasLetterOrDigit(text, s, e)) taken.Add(new PiiSpan(s, e - s, span.Kind));
            }
        }
        return JoinNeighbours(text, taken.OrderBy(s => s.Start).ToList());
    }

    private static IEnumerable<(int, int)> Cut((int Start, int End) piece, int start, int end)
    {
        if (end <= piece.Start || start >= piece.End) { yield return piece; yield break; }
        if (piece.Start < start) yield return (piece.Start, start);
        if (end < piece.End) yield return (end, piece.End);
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (var i = start; i < end; i++) if (char.IsLetterOrDigit(text[i])) return true;
        return false;
    }

    // 山田 + 太郎 found separately, or two halves of one address, become one mask.
    private static List<PiiSpan> JoinNeighbours(string text, List<PiiSpan> spans)
    {
        var result = new List<PiiSpan>();
        foreach (var span in spans)
        {
            if (result.Count > 0 && result[^1] is var last && last.Kind == span.Kind && span.Kind is PiiKind.Name or PiiKind.Address
                && text.AsSpan(last.End, span.Start - last.End).Trim(" 　").IsEmpty && span.Start - last.End <= 1)
            {
                result[^1] = new PiiSpan(last.Start, span.End - last.Start, span.Kind);
                continue;
            }
            result.Add(span);
        }
        return result;
    }
}
