using System.Globalization;
using System.Net;
using System.Text;
using Participation.Core.Text;

namespace Participation.Plans.Services;

/// <summary>
/// A KPI's actuals across fiscal years as a hand-written SVG line chart, with the baseline and the
/// target drawn as reference lines. The SVG carries a title and description (its text
/// alternative); pages also show the same data as a table.
/// </summary>
public static class KpiChartSvg
{
    private const int Width = 560, Height = 260, Left = 64, Right = 16, Top = 20, Bottom = 40;

    public static string Render(KpiView kpi, string idPrefix, string description)
    {
        var years = kpi.Actuals.Select(a => a.FiscalYear).Append(kpi.BaselineFiscalYear).Append(kpi.TargetFiscalYear).ToList();
        int first = years.Min(), last = Math.Max(years.Max(), first + 1);
        var values = kpi.Actuals.Select(a => a.Value).Append(kpi.BaselineValue).Append(kpi.TargetValue).ToList();
        double min = values.Min(), max = values.Max();
        var pad = Math.Max((max - min) * 0.1, Math.Abs(max) * 0.05 + 1e-9);
        min -= pad; max += pad;
        if (min < 0 && values.Min() >= 0) min = 0;

        double X(int year) => Left + (year - first) * (Width - Left - Right) / (double)(last - first);
        double Y(double v) => Top + (max - v) * (Height - Top - Bottom) / (max - min);
        string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kpi-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\">");
        sb.Append($"<title id=\"{titleId}\">{Enc(kpi.Name)}</title><desc id=\"{descId}\">{Enc(description)}</desc>");
        // Axes and year ticks.
        sb.Append($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        sb.Append($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        for (var y = first; y <= last; y++)
            sb.Append($"<text x=\"{F(X(y))}\" y=\"{Height - Bottom + 16}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333\">{Enc(ShortYear(y))}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var v = min + (max - min) * i / 4;
            sb.Append($"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">{Enc(Number(v))}</text>");
        }
        Reference(sb, kpi.BaselineValue, "#888", "4 4", F(Y(kpi.BaselineValue)));
        Reference(sb, kpi.TargetValue, "#b35c00", "8 4", F(Y(kpi.TargetValue)));
        sb.Append($"<circle cx=\"{F(X(kpi.TargetFiscalYear))}\" cy=\"{F(Y(kpi.TargetValue))}\" r=\"5\" fill=\"none\" stroke=\"#b35c00\" stroke-width=\"2\"/>");
        if (kpi.Actuals.Count > 0)
        {
            var points = string.Join(' ', kpi.Actuals.Select(a => $"{F(X(a.FiscalYear))},{F(Y(a.Value))}"));
            sb.Append($"<polyline points=\"{points}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/>");
            foreach (var a in kpi.Actuals)
                sb.Append($"<circle cx=\"{F(X(a.FiscalYear))}\" cy=\"{F(Y(a.Value))}\" r=\"4\" fill=\"#1f5fa8\"/>");
        }
        sb.Append("</svg>");
        return sb.ToString();

        void Reference(StringBuilder b, double value, string colour, string dash, string y) =>
            b.Append($"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"{colour}\" stroke-dasharray=\"{dash}\"/>");
    }

    /// <summary>A horizontal bar (0–100 %) with its own text alternative; used where CSS widths are not allowed inline.</summary>
    public static string ProgressBar(double percent, string label)
    {
        var p = Math.Clamp(percent, 0, 100);
        var w = p.ToString("0.#", CultureInfo.InvariantCulture);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plan-progress\" viewBox=\"0 0 100 8\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"{Enc(label)}\">"
            + $"<rect width=\"100\" height=\"8\" fill=\"#e6e9ee\"/><rect width=\"{w}\" height=\"8\" fill=\"#1f5fa8\"/></svg>";
    }

    /// <summary>Bars of the grade distribution (A–D and ungraded).</summary>
    public static string GradeBars(IReadOnlyDictionary<string, int> counts, string label)
    {
        var total = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var sb = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grade-chart\" viewBox=\"0 0 320 {counts.Count * 26 + 4}\" role=\"img\" aria-label=\"{Enc(label)}\">");
        var row = 0;
        foreach (var (grade, count) in counts)
        {
            var y = row++ * 26 + 2;
            var w = 240.0 * count / total;
            sb.Append($"<text x=\"0\" y=\"{y + 16}\" font-size=\"14\" fill=\"#333\">{Enc(grade)}</text>");
            sb.Append($"<rect x=\"24\" y=\"{y}\" width=\"{w.ToString("0.#", CultureInfo.InvariantCulture)}\" height=\"20\" fill=\"{Colour(grade)}\"/>");
            sb.Append($"<text x=\"{(28 + w).ToString("0.#", CultureInfo.InvariantCulture)}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#333\">{count}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static string Colour(string grade) => grade switch
    {
        "A" => "#2e7d32", "B" => "#1f5fa8", "C" => "#b35c00", "D" => "#b3261e", _ => "#888",
    };

    public static string Number(double v) => v.ToString("#,0.##", CultureInfo.GetCultureInfo("ja-JP"));

    /// <summary>R4 for 令和4年度: short enough for an axis tick.</summary>
    private static string ShortYear(int year) => new FiscalYear(year).ToWareki().Replace("令和", "R").Replace("年度", "");

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
