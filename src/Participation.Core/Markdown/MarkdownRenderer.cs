using Ganss.Xss;
using Markdig;

namespace Participation.Core.Markdown;

/// <summary>Markdig then HtmlSanitizer: hostile HTML, scripts, event handlers and javascript: links never reach a page.</summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly MarkdownPipeline Full = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseAutoLinks().UseListExtras().UseSoftlineBreakAsHardlineBreak().Build();

    private static readonly MarkdownPipeline Limited = new MarkdownPipelineBuilder()
        .UseEmphasisExtras().UseAutoLinks().UseSoftlineBreakAsHardlineBreak()
        .DisableHtml().Build();

    private readonly HtmlSanitizer fullSanitizer = CreateSanitizer(allowStructure: true);
    private readonly HtmlSanitizer limitedSanitizer = CreateSanitizer(allowStructure: false);

    public string ToSafeHtml(string markdown) => fullSanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", Full));

    public string ToSafeHtmlLimited(string markdown) => limitedSanitizer.Sanitize(Markdig.Markdown.ToHtml(markdown ?? "", Limited));

    private static HtmlSanitizer CreateSanitizer(bool allowStructure)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        if (!allowStructure)
            foreach (var tag in new[] { "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td" })
                sanitizer.AllowedTags.Remove(tag);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
                link.SetAttribute("rel", "nofollow noopener noreferrer");
        };
        return sanitizer;
    }
}
