using System.Globalization;
using Participation.Summaries.Reports.Charts;
using Participation.Summaries.Reports.Pdf;
using static Participation.Summaries.Reports.RoundReportPdf;

namespace Participation.Summaries.Reports;

/// <summary>A ward report or a city-wide period report as PDF: rounds, monthly trend, every module's figures.</summary>
public static class AreaReportPdf
{
    public static byte[] Write(AreaReport report, ReportLabels l, DateOnly today, Action<int>? progress = null)
    {
        var pdf = new ReportComposer(report.Title);
        pdf.TitlePage(report.Title, report.Subtitle, [report.ScopeLine, l["Reports.Created", ReportLabels.Date(today)], l["Reports.NoPersonalData"]]);
        pdf.ContentsPage(l["Reports.Contents"]);

        pdf.Heading(l["Reports.Rounds"]);
        if (report.Rounds.Count == 0) pdf.Paragraph(l["Reports.NoRounds"]);
        else
            pdf.Table([l["Reports.Column.Round"], l["Reports.Column.Status"], l["Reports.Column.Period"], l["Reports.Column.Submissions"], l["Reports.Column.Opinions"]],
                [0.34, 0.13, 0.29, 0.12, 0.12],
                report.Rounds.Select(r => (IReadOnlyList<string>)[r.Title + (r.WardName is null ? l["Reports.CityWideMark"] : ""), l.Status(r.Status),
                    l.Period(r), N(r.Submissions), N(r.Opinions)]),
                new HashSet<int> { 3, 4 });

        progress?.Invoke(40);
        pdf.Heading(l["Reports.Monthly"]);
        if (report.Monthly.Count == 0) pdf.Paragraph(l["Reports.NoData"]);
        else
        {
            var labels = report.Monthly.Select(m => ReportLabels.Month(m.Key)).ToList();
            pdf.Image(BarChartPng.Render(l["Reports.Monthly"], labels, report.Monthly.Select(m => (double)m.Submissions).ToList(), horizontal: false),
                l["Reports.ChartCaption", l["Reports.Monthly"]]);
            pdf.Table([l["Reports.Column.Month"], l["Reports.Column.Submissions"], l["Reports.Column.Opinions"]], [0.5, 0.25, 0.25],
                report.Monthly.Select((m, i) => (IReadOnlyList<string>)[labels[i], N(m.Submissions), N(m.Opinions)]), new HashSet<int> { 1, 2 });
        }

        progress?.Invoke(70);
        pdf.Heading(l["Reports.OtherFigures"]);
        var headline = report.Figures.Where(f => f.Dimension is null).ToList();
        if (headline.Count == 0) pdf.Paragraph(l["Reports.NoData"]);
        else
            pdf.Table([l["Reports.Column.Module"], l["Reports.Column.Figure"], l["Reports.Column.Value"]], [0.3, 0.5, 0.2],
                headline.Select(f => (IReadOnlyList<string>)[l[$"Summaries.Module.{f.Module}"], l[f.LabelKey], Figure(f)]), new HashSet<int> { 2 });

        AgeBands(pdf, report, l);
        return pdf.Finish(l["Reports.Footer", report.Title, ReportLabels.Date(today)], l["Reports.Page"]);
    }

    /// <summary>
    /// Breakdowns by age band where a module collects it (committee applications), already small-cell suppressed by
    /// <see cref="Participation.Core.Statistics.SmallCells"/>; nothing is printed when no module reports one.
    /// </summary>
    private static void AgeBands(ReportComposer pdf, AreaReport report, ReportLabels l)
    {
        foreach (var group in report.Figures.Where(f => f.Dimension == "age").GroupBy(f => (f.Module, f.Key)))
        {
            pdf.Heading(l["Reports.ByAge", l[group.First().LabelKey]]);
            pdf.Table([l["Summaries.Dimension.age"], l["Reports.Column.Count"]], [0.6, 0.4],
                group.OrderBy(f => f.DimensionValue == Participation.Core.Statistics.SmallCells.MergedValue).ThenBy(f => f.DimensionValue, StringComparer.Ordinal)
                    .Select(f => (IReadOnlyList<string>)[Services.DimensionValues.Display(f.DimensionValue, l.T), Figure(f)]), new HashSet<int> { 1 });
            pdf.Paragraph(l["Reports.SmallCellNote", Participation.Core.Statistics.SmallCells.Threshold], 8.5);
        }
    }

    /// <summary>Shares (0–1, keys ending in _share) as percentages, counts as whole numbers.</summary>
    public static string Figure(Participation.Core.Statistics.StatisticRow f) =>
        f.Key.EndsWith("_share", StringComparison.Ordinal) || f.Key.EndsWith(".share", StringComparison.Ordinal)
            ? (f.Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : f.Value.ToString("N0", CultureInfo.InvariantCulture);
}
