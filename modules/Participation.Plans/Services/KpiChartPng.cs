using Participation.Core.Text;
using ScottPlot;

namespace Participation.Plans.Services;

/// <summary>
/// A KPI's actuals across 年度 as a PNG (ScottPlot), for printouts and slides; the page shows the SVG with
/// the same data, its text alternative and the data table. Baseline and target are dashed reference lines.
/// </summary>
public static class KpiChartPng
{
    private const string Family = "IPAexGothic";
    private const string FontPath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
    private static readonly System.Threading.Lock Gate = new();
    private static bool fontReady;

    public static byte[] Render(KpiView kpi, int width = 800, int height = 400)
    {
        lock (Gate)
        {
            if (!fontReady) { Fonts.AddFontFile(Family, FontPath); fontReady = true; }
            var plot = new Plot();
            var xs = kpi.Actuals.Select(a => (double)a.FiscalYear).ToArray();
            var ys = kpi.Actuals.Select(a => a.Value).ToArray();
            if (xs.Length > 0)
            {
                var line = plot.Add.Scatter(xs, ys);
                line.LineWidth = 3;
                line.MarkerSize = 9;
                line.LegendText = "実績";
            }
            var baseline = plot.Add.HorizontalLine(kpi.BaselineValue);
            baseline.LinePattern = LinePattern.Dashed;
            baseline.LegendText = $"基準値（{new FiscalYear(kpi.BaselineFiscalYear).ToWareki()}）";
            var target = plot.Add.HorizontalLine(kpi.TargetValue);
            target.LinePattern = LinePattern.Dotted;
            target.Color = Colors.DarkGreen;
            target.LegendText = $"目標値（{new FiscalYear(kpi.TargetFiscalYear).ToWareki()}）";
            var years = kpi.Actuals.Select(a => a.FiscalYear).Append(kpi.BaselineFiscalYear).Append(kpi.TargetFiscalYear).Distinct().Order().ToArray();
            plot.Axes.Bottom.SetTicks(years.Select(y => (double)y).ToArray(), years.Select(y => new FiscalYear(y).ToWareki()).ToArray());
            plot.Axes.SetLimitsX(years.Min() - 0.5, years.Max() + 0.5);
            plot.Title(kpi.Name);
            plot.YLabel(kpi.Unit);
            plot.ShowLegend(Alignment.LowerRight);
            plot.Font.Set(Family);
            return plot.GetImageBytes(width, height, ImageFormat.Png);
        }
    }
}
