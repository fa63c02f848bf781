using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Participation.Clustering.ViewModels;

namespace Participation.Clustering.Services;

/// <summary>
/// The topic map as inline SVG, readable without JavaScript: one group per cluster with a &lt;title&gt;, each
/// cluster drawn with its own shape as well as its colour (never colour alone), and a legend. The page puts a
/// text alternative and a data table next to it.
/// </summary>
public static class ClusterMapSvg
{
    public const int Shapes = 6;
    public const int Colours = 12;
    /// <summary>Escapes markup but leaves Japanese as text (readable source, smaller pages).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private const double Width = 640, Height = 420, Pad = 24, Size = 4.5;

    public static string ShapeName(int shape) => (shape % Shapes) switch
    {
        0 => "circle", 1 => "square", 2 => "triangle", 3 => "diamond", 4 => "cross", _ => "ring",
    };

    public static IHtmlContent Render(IReadOnlyList<ClusterView> clusters, IReadOnlyList<MapPoint> points, string title, string description)
    {
        var e = Encoder;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"cluster-map\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"map-title map-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append("<title id=\"map-title\">").Append(e.Encode(title)).Append("</title>");
        sb.Append("<desc id=\"map-desc\">").Append(e.Encode(description)).Append("</desc>");
        sb.Append("<rect class=\"cluster-map__frame\" x=\"0\" y=\"0\" width=\"640\" height=\"420\"/>");
        foreach (var c in clusters)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<g class=\"cl-c{c.Shape % Colours}\" id=\"map-cluster-{c.Cluster.Id}\">");
            sb.Append("<title>").Append(e.Encode($"{c.Cluster.Label}（{c.Cluster.Size}）")).Append("</title>");
            foreach (var p in points.Where(p => p.Shape == c.Shape))
                sb.Append(Shape(c.Shape, Pad + p.X * (Width - 2 * Pad), Pad + (1 - p.Y) * (Height - 2 * Pad), Size));
            sb.Append("</g>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A single legend symbol (for the table and legend), same shape and colour as on the map.</summary>
    public static IHtmlContent Symbol(int shape) => new HtmlString(
        $"<svg class=\"cluster-symbol cl-c{shape % Colours}\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">{Shape(shape, 8, 8, 6)}</svg>");

    private static string Shape(int shape, double x, double y, double r)
    {
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        return (shape % Shapes) switch
        {
            0 => $"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r)}\"/>",
            1 => $"<rect x=\"{F(x - r)}\" y=\"{F(y - r)}\" width=\"{F(2 * r)}\" height=\"{F(2 * r)}\"/>",
            2 => $"<polygon points=\"{F(x)},{F(y - r)} {F(x + r)},{F(y + r)} {F(x - r)},{F(y + r)}\"/>",
            3 => $"<polygon points=\"{F(x)},{F(y - r)} {F(x + r)},{F(y)} {F(x)},{F(y + r)} {F(x - r)},{F(y)}\"/>",
            4 => $"<path class=\"cl-stroke\" d=\"M{F(x - r)} {F(y)}H{F(x + r)}M{F(x)} {F(y - r)}V{F(y + r)}\"/>",
            _ => $"<circle class=\"cl-ring\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{F(r * 0.8)}\"/>",
        };
    }
}
