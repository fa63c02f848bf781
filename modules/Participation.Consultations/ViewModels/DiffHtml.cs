using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Participation.Drafts.Services.Diff;

namespace Participation.Consultations.ViewModels;

/// <summary>
/// Diff pieces as HTML without stray whitespace (the text sits in a pre-wrap block): insertions in
/// &lt;ins&gt;, deletions in &lt;del&gt;, each announced to screen readers by hidden start/end words.
/// </summary>
public static class DiffHtml
{
    // Japanese stays readable in the page source; markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(IReadOnlyList<DiffPiece> pieces, IStringLocalizer t)
    {
        var html = new StringBuilder();
        foreach (var p in pieces)
        {
            var text = Encoder.Encode(p.Text);
            html.Append(p.Kind switch
            {
                DiffKind.Inserted => $"<ins>{Hidden(t["Lifecycle.Changes.InsStart"])}{text}{Hidden(t["Lifecycle.Changes.InsEnd"])}</ins>",
                DiffKind.Deleted => $"<del>{Hidden(t["Lifecycle.Changes.DelStart"])}{text}{Hidden(t["Lifecycle.Changes.DelEnd"])}</del>",
                _ => text,
            });
        }
        return new HtmlString(html.ToString());
    }

    private static string Hidden(string text) => $"<span class=\"visually-hidden\">{Encoder.Encode(text)}</span>";
}
