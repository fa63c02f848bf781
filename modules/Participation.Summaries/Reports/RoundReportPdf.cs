using System.Globalization;
using Participation.Core.Consultations;
using Participation.Summaries.Reports.Charts;
using Participation.Summaries.Reports.Pdf;
using Participation.Summaries.Services;

namespace Participation.Summaries.Reports;

/// <summary>
/// One round's report for councillors: title page, contents, the figures (each chart followed by its
/// table), the 意見と考え方 table and representative opinions. Built only from
/// <see cref="RoundReport"/>, which carries counts and redacted text, never personal data.
/// </summary>
public static class RoundReportPdf
{
    /// <summary><paramref name="progress"/> hears the share done (0–100) as parts are laid out, for the background job's page.</summary>
    public static byte[] Write(RoundReport report, TopicsReport topics, ReportLabels l, DateOnly today, Action<int>? progress = null)
    {
        var r = report.Round;
        var pdf = new ReportComposer(r.Title);
        pdf.TitlePage(r.Title, l["Reports.Round.Subtitle"],
        [
            l["Reports.Department", r.Department], l["Reports.Area", l.Area(r)], l["Reports.Period", l.Period(r)],
            l["Reports.StatusLine", l.Status(r.Status)], l["Reports.Created", ReportLabels.Date(today)], l["Reports.NoPersonalData"],
        ]);
        pdf.ContentsPage(l["Reports.Contents"]);
        progress?.Invoke(5);

        pdf.Heading(l["Reports.Overview"]);
        pdf.Table([l["Reports.Column.Item"], l["Reports.Column.Value"]], [0.5, 0.5], Overview(report, l), new HashSet<int> { 1 }, 10);
        if (report.ResultSummary is { Length: > 0 } summary)
        {
            pdf.Heading(l["Reports.ResultSummary"], 2);
            pdf.Paragraph(summary);
        }

        Breakdown(pdf, l, l["Reports.ByChannel"], report.ByChannel.Select(c => (l.Channel(c.Key), c)));
        Breakdown(pdf, l, l["Reports.ByCategory"], report.ByCategory.Select(c => (l.Category(c.Key), c)));
        Breakdown(pdf, l, l["Reports.ByWard"], report.ByWard.Select(c => (l.Ward(c), c)));
        Breakdown(pdf, l, l["Reports.BySection"], report.BySection.Select(c => (l.Section(c.Key, c.Label), c)), opinionsOnly: true);
        if (report.ByReflection.Count > 0)
            Breakdown(pdf, l, l["Reports.ByReflection"], report.ByReflection.Select(c => ($"{c.Key}：{c.Label}", c)), groups: true);
        progress?.Invoke(40);
        RoundTopicsPdf.Write(pdf, topics, l);
        progress?.Invoke(50);

        pdf.Heading(l["Reports.Opinions"]);
        if (report.Groups.Count == 0) pdf.Paragraph(l["Reports.NoGroups"]);
        else
        {
            if (report.Round.Status != "resultspublished") pdf.Paragraph(l["Reports.AnswersPending"]);
            pdf.Table([l["Reports.Column.Section"], l["Reports.Column.Summary"], l["Reports.Column.Count"], l["Reports.Column.Answer"], l["Reports.Column.Reflection"]],
                [0.15, 0.27, 0.08, 0.36, 0.14],
                report.Groups.Select(g => (IReadOnlyList<string>)[l.Section(g.Section, g.SectionLabel), g.Summary, N(g.Count),
                    g.Answer ?? l["Reports.NotAnswered"], g.ReflectionCode is null ? "—" : $"{g.ReflectionCode}：{g.ReflectionLabel}"]),
                new HashSet<int> { 2 }, 8.5);

            progress?.Invoke(80);
            pdf.Heading(l["Reports.Representatives"]);
            foreach (var g in report.Groups.Where(g => g.Representatives.Count > 0))
            {
                pdf.Heading($"{g.Summary}（{N(g.Count)}）", 2);
                foreach (var text in g.Representatives) pdf.Paragraph("・" + text, 9);
            }
        }
        progress?.Invoke(95);
        return pdf.Finish(l["Reports.Footer", r.Title, ReportLabels.Date(today)], l["Reports.Page"]);
    }

    private static IEnumerable<IReadOnlyList<string>> Overview(RoundReport report, ReportLabels l)
    {
        yield return [l["Reports.Column.Submissions"], N(report.Round.Submissions)];
        yield return [l["Reports.Column.Opinions"], N(report.Round.Opinions)];
        yield return [l["Reports.Fact.Groups"], N(report.Groups.Count)];
        if (report.Round.ResultsPublishedAtUtc is { } at) yield return [l["Reports.Fact.Published"], ReportLabels.Date(at)];
    }

    /// <summary>A chart of one breakdown followed by the same figures as a table.</summary>
    public static void Breakdown(ReportComposer pdf, ReportLabels l, string heading, IEnumerable<(string Label, ReportCount Count)> items,
        bool opinionsOnly = false, bool groups = false)
    {
        var rows = items.ToList();
        pdf.Heading(heading);
        if (rows.Count == 0) { pdf.Paragraph(l["Reports.NoData"]); return; }
        var values = rows.Select(r => (double)(opinionsOnly ? r.Count.Opinions : r.Count.Submissions)).ToList();
        var png = BarChartPng.Render(heading, rows.Select(r => r.Label).ToList(), values, horizontal: true);
        pdf.Image(png, l["Reports.ChartCaption", heading], 0.8);
        var first = groups ? l["Reports.Column.Groups"] : l["Reports.Column.Submissions"];
        pdf.Table([l["Reports.Column.Item"], first, l["Reports.Column.Opinions"]], [0.6, 0.2, 0.2],
            rows.Select(r => (IReadOnlyList<string>)[r.Label, N(r.Count.Submissions), N(r.Count.Opinions)]), new HashSet<int> { 1, 2 });
    }

    public static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
