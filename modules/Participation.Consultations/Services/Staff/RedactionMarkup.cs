using System.Text.RegularExpressions;
using Participation.Core.Privacy;

namespace Participation.Consultations.Services.Staff;

/// <summary>A run of text for the review screen; <see cref="Kind"/> is set when the run is a detection or a mask.</summary>
public sealed record TextRun(string Text, PiiKind? Kind);

/// <summary>Cuts text into runs so views can highlight detections in the original and masks in the published text.</summary>
public static partial class RedactionMarkup
{
    [GeneratedRegex("［(氏名|電話番号|メール|郵便番号|住所|生年月日|個人番号|個人情報)］")]
    private static partial Regex Mask();

    public static IReadOnlyList<TextRun> Detections(string text, IReadOnlyList<PiiSpan> spans)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (s.Start < at) continue;
            if (s.Start > at) runs.Add(new(text[at..s.Start], null));
            runs.Add(new(text.Substring(s.Start, s.Length), s.Kind));
            at = s.End;
        }
        if (at < text.Length) runs.Add(new(text[at..], null));
        return runs;
    }

    public static IReadOnlyList<TextRun> Masks(string text)
    {
        var runs = new List<TextRun>();
        var at = 0;
        foreach (Match m in Mask().Matches(text))
        {
            if (m.Index > at) runs.Add(new(text[at..m.Index], null));
            runs.Add(new(m.Value, KindOf(m.Groups[1].Value)));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new(text[at..], null));
        return runs;
    }

    /// <summary>How many masks of each kind a published text holds (for the round's summary; no text leaves).</summary>
    public static IEnumerable<PiiKind> MaskKinds(string text) => Mask().Matches(text).Select(m => KindOf(m.Groups[1].Value));

    private static PiiKind KindOf(string label) =>
        Enum.GetValues<PiiKind>().FirstOrDefault(k => PiiSpan.MaskOf(k) == $"［{label}］", PiiKind.Name);
}
