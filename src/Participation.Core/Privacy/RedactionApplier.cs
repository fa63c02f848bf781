using System.Text;

namespace Participation.Core.Privacy;

/// <summary>Replaces spans with their masks. Spans must not overlap (the redactor guarantees it).</summary>
public static class RedactionApplier
{
    public static string Apply(string text, IEnumerable<PiiSpan> spans)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < position) continue;
            result.Append(text, position, span.Start - position).Append(PiiSpan.MaskOf(span.Kind));
            position = span.End;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }
}
