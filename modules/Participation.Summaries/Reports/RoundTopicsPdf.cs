using Participation.Summaries.Reports.Charts;
using Participation.Summaries.Reports.Pdf;
using Participation.Summaries.Services;
using static Participation.Summaries.Reports.RoundReportPdf;

namespace Participation.Summaries.Reports;

/// <summary>
/// The round report's 主な論点 (published topics: chart, table, redacted representative opinions) and 関連する施策
/// (plan measures staff tied to those topics). Topics and representatives come already redacted from Clustering.
/// </summary>
public static class RoundTopicsPdf
{
    public const int RepresentativesPerTopic = 2;

    public static void Write(ReportComposer pdf, TopicsReport topics, ReportLabels l)
    {
        pdf.Heading(l["Reports.Topics"]);
        if (topics.Topics.Count == 0) { pdf.Paragraph(l["Reports.Topics.None"]); }
        else
        {
            pdf.Paragraph(l["Reports.Topics.Lead"], 9);
            var png = BarChartPng.Render(l["Reports.Topics"], topics.Topics.Select(t => t.Label).ToList(),
                topics.Topics.Select(t => (double)t.Size).ToList(), horizontal: true);
            pdf.Image(png, l["Reports.ChartCaption", l["Reports.Topics"]], 0.8);
            pdf.Table([l["Reports.Column.Topic"], l["Reports.Column.Count"], l["Reports.Column.Keywords"], l["Reports.Column.Measures"]],
                [0.3, 0.1, 0.3, 0.3],
                topics.Topics.Select(t => (IReadOnlyList<string>)[t.Label, N(t.Size), string.Join("、", t.Keywords.Take(6)),
                    Measures(topics, t.Id)]),
                new HashSet<int> { 1 }, 8.5);
            foreach (var t in topics.Topics.Where(t => t.Representatives.Count > 0))
            {
                pdf.Heading($"{t.Label}（{N(t.Size)}）", 2);
                foreach (var text in t.Representatives.Take(RepresentativesPerTopic)) pdf.Paragraph("・" + text, 9);
            }
        }

        pdf.Heading(l["Reports.Measures"]);
        var affected = topics.AffectedMeasures();
        if (affected.Count == 0) { pdf.Paragraph(l["Reports.Measures.None"]); return; }
        pdf.Table([l["Reports.Column.Measure"], l["Reports.Column.Topic"]], [0.5, 0.5],
            affected.Select(m => (IReadOnlyList<string>)[m.Title, string.Join("、", m.Topics)]), new HashSet<int>(), 9);
    }

    private static string Measures(TopicsReport topics, int clusterId)
    {
        var list = topics.MeasuresOf(clusterId);
        return list.Count == 0 ? "—" : string.Join("、", list.Select(m => m.MeasureTitle));
    }
}
