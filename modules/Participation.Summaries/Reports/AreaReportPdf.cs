using System.Globalization;
using Participation.Summaries.Reports.Charts;
using Participation.Summaries.Reports.Pdf;
using static Participation.Summaries.Reports.RoundReportPdf;

namespace Participation.Summaries.Reports;

/// <summary>A ward report or a city-wide period report as PDF: rounds, monthly trend, every module's figures.</summary>
public static class AreaReportPdf
{
    public static byte[] Write(AreaReport report, ReportLabels l, DateOnly today)
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

        pdf.Heading(l["Reports.OtherFigures"]);
        var headline = report.Figures.Where(f => f.Dimension is null).ToList();
        if (headline.Count == 0) pdf.Paragraph(l["Reports.NoData"]);
        else
            pdf.Table([l["Reports.Column.Module"], l["Reports.Column.Figure"], l["Reports.Column.Value"]], [0.3, 0.5, 0.2],
                headline.Select(f => (IReadOnlyList<string>)[l[$"Summaries.Module.{f.Module}"], l[f.LabelKey], Figure(f)]), new HashSet<int> { 2 });

        return pdf.Finish(l["Reports.Footer", report.Title, ReportLabels.Date(today)], l["Reports.Page"]);
    }

    /// <summary>Shares (0–1, keys ending in _share) as percentages, counts as whole numbers.</summary>
    public static string Figure(Participation.Core.Statistics.StatisticRow f) =>
        f.Key.EndsWith("_share", StringComparison.Ordinal) || f.Key.EndsWith(".share", StringComparison.Ordinal)
            ? (f.Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : f.Value.ToString("N0", CultureInfo.InvariantCulture);
}
