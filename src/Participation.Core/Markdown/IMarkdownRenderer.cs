namespace Participation.Core.Markdown;

/// <summary>Turns Markdown typed by residents or staff into HTML that is safe to put on a page.</summary>
public interface IMarkdownRenderer
{
    /// <summary>Full Markdown (drafts, minutes): headings, tables, lists, links.</summary>
    string ToSafeHtml(string markdown);

    /// <summary>Limited Markdown (posts, replies): emphasis, lists, links, quotes — no headings, images or tables.</summary>
    string ToSafeHtmlLimited(string markdown);
}
