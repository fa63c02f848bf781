using System.Text;

namespace Participation.Drafts.Services;

/// <summary>
/// Cuts Markdown at its level-2 headings. Text before the first heading is the introduction.
/// Headings inside fenced code blocks are not section breaks.
/// </summary>
public static class SectionSplitter
{
    public static (string Intro, IReadOnlyList<(string Heading, string Body)> Sections) Split(string markdown)
    {
        var intro = new StringBuilder();
        var sections = new List<(string Heading, StringBuilder Body)>();
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (!inFence && raw.StartsWith("## ", StringComparison.Ordinal))
            {
                sections.Add((raw[3..].Trim(), new StringBuilder()));
                continue;
            }
            (sections.Count == 0 ? intro : sections[^1].Body).Append(raw).Append('\n');
        }
        return (intro.ToString().Trim(), sections.Select(s => (s.Heading, s.Body.ToString().Trim())).ToList());
    }
}
