using Participation.Core.Pdf;
using Participation.Summaries.Reports.Pdf;
using ScottPlot;

namespace Participation.Summaries.Reports.Charts;

/// <summary>
/// Bar charts as PNG with ScottPlot (SkiaSharp underneath), labelled in IPAex Gothic. Horizontal bars
/// suit long Japanese labels (section headings, ward names); vertical ones suit months.
/// Every chart is shown with its data as a table beside it, so nothing is only in the picture.
/// </summary>
public static class BarChartPng
{
    private static readonly System.Threading.Lock Gate = new();
    private static bool fontReady;

    public static byte[] Render(string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, bool horizontal,
        int width = 900, int height = 0)
    {
        EnsureFont();
        height = height > 0 ? height : horizontal ? Math.Max(260, 90 + labels.Count * 34) : 420;
        var plot = new Plot();
        var bars = plot.Add.Bars(values.ToArray());
        bars.Horizontal = horizontal;
        bars.Color = Color.FromHex("#1f5fa8");
        foreach (var bar in bars.Bars) bar.Label = bar.Value.ToString("N0");
        bars.ValueLabelStyle.FontSize = 14;
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        var ticks = labels.Select(l => l.Length > 16 ? l[..15] + "…" : l).ToArray();
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(positions, ticks);
            plot.Axes.Margins(left: 0, right: 0.15);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(positions, ticks);
            plot.Axes.Margins(bottom: 0, top: 0.15);
        }
        plot.Title(title);
        plot.Font.Set(JapanesePdfFonts.Family);
        lock (Gate) return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void EnsureFont()
    {
        lock (Gate)
        {
            if (fontReady) return;
            Fonts.AddFontFile(JapanesePdfFonts.Family, JapanesePdfFonts.FontPath);
            fontReady = true;
        }
    }
}
