using Participation.Core.Privacy;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// One mask in a published text: where it is, and the original words it covers (null when they cannot be told,
/// e.g. two masks side by side, or a published text edited so far that it no longer follows the original).
/// </summary>
public sealed record MaskSpan(int Index, int Start, int Length, string Mask, string? Original);

/// <summary>
/// Lines a published text up with the original: the text between masks must appear in the original, in order,
/// so each mask covers what lies between its neighbours there. Lets staff undo one mask without retyping.
/// </summary>
public static class MaskAlignment
{
    public static IReadOnlyList<MaskSpan> Align(string original, string published)
    {
        var masks = RedactionMarkup.MaskMatches(published);
        var spans = new List<MaskSpan>(masks.Count);
        var literals = new List<string>(masks.Count + 1);
        var at = 0;
        foreach (var m in masks)
        {
            literals.Add(published[at..m.Index]);
            at = m.Index + m.Length;
        }
        literals.Add(published[at..]);

        var pos = original.StartsWith(literals[0], StringComparison.Ordinal) ? literals[0].Length : -1;
        var ambiguous = false;
        for (var i = 0; i < masks.Count; i++)
        {
            var next = literals[i + 1];
            var last = i == masks.Count - 1;
            int end;
            if (pos < 0) end = -1;
            else if (last) end = original.EndsWith(next, StringComparison.Ordinal) && original.Length - next.Length >= pos ? original.Length - next.Length : -1;
            else if (next.Length == 0) end = -2;   // the next mask follows at once: where one ends is unknown
            else end = original.IndexOf(next, pos, StringComparison.Ordinal);
            var known = end >= 0 && !ambiguous;
            spans.Add(new(i, masks[i].Index, masks[i].Length, masks[i].Value, known ? original[pos..end] : null));
            ambiguous = end == -2;
            pos = end switch { -1 => -1, -2 => pos, _ => end + next.Length };
        }
        return spans;
    }

    /// <summary>The mask for a kind chosen on the form; anything else is the generic ［個人情報］.</summary>
    public static string MaskFor(string? kind) =>
        Enum.TryParse<PiiKind>(kind, ignoreCase: true, out var k) && !int.TryParse(kind, out _) ? PiiSpan.MaskOf(k) : "［個人情報］";
}
