using System.Text;
using ClosedXML.Excel;
using Participation.Core.Consultations;
using Participation.Core.Text;

namespace Participation.Summaries.Reports;

/// <summary>
/// A round's report as Excel-ready files: counts in long form (one row per breakdown value) and the
/// 意見と考え方 table. CSV in UTF-8 with BOM or Shift_JIS; XLSX with one sheet per table.
/// </summary>
public static class RoundReportExport
{
    public static IEnumerable<string[]> CountRows(RoundReport report, ReportLabels l)
    {
        yield return [l["Reports.Column.Table"], l["Reports.Column.Item"], l["Reports.Column.Submissions"], l["Reports.Column.Opinions"]];
        yield return [l["Reports.Overview"], l["Reports.Total"], report.Round.Submissions.ToString(), report.Round.Opinions.ToString()];
        foreach (var (table, label, c) in Breakdowns(report, l)) yield return [table, label, c.Submissions.ToString(), c.Opinions.ToString()];
    }

    public static IEnumerable<string[]> OpinionRows(RoundReport report, ReportLabels l)
    {
        yield return [l["Reports.Column.Section"], l["Reports.Column.Summary"], l["Reports.Column.Count"], l["Reports.Column.Answer"], l["Reports.Column.Reflection"]];
        foreach (var g in report.Groups)
            yield return [l.Section(g.Section, g.SectionLabel), g.Summary, g.Count.ToString(), g.Answer ?? "", g.ReflectionCode is null ? "" : $"{g.ReflectionCode}：{g.ReflectionLabel}"];
    }

    public static byte[] Csv(IEnumerable<string[]> rows, Encoding encoding) => Core.Text.Csv.ToBytes(rows, encoding, guardFormulas: true);

    public static byte[] Xlsx(RoundReport report, ReportLabels l)
    {
        using var workbook = new XLWorkbook();
        Sheet(workbook, l["Reports.Sheet.Counts"], CountRows(report, l), [18, 36, 12, 12], numericFrom: 2);
        Sheet(workbook, l["Reports.Sheet.Opinions"], OpinionRows(report, l), [20, 40, 8, 60, 22], numericFrom: 2, numericTo: 2);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(XLWorkbook workbook, string name, IEnumerable<string[]> rows, int[] widths, int numericFrom, int numericTo = int.MaxValue)
    {
        var sheet = workbook.Worksheets.Add(name);
        var r = 1;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                if (r > 1 && c >= numericFrom && c <= numericTo && int.TryParse(row[c], out var n)) cell.Value = n;
                else cell.Value = row[c];
            }
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.Style.Alignment.WrapText = true;
        // Widths by hand: AdjustToContents needs libgdiplus.
        for (var c = 0; c < widths.Length; c++) sheet.Column(c + 1).Width = widths[c];
    }

    private static IEnumerable<(string Table, string Label, ReportCount Count)> Breakdowns(RoundReport report, ReportLabels l)
    {
        foreach (var c in report.ByChannel) yield return (l["Reports.ByChannel"], l.Channel(c.Key), c);
        foreach (var c in report.ByCategory) yield return (l["Reports.ByCategory"], l.Category(c.Key), c);
        foreach (var c in report.ByWard) yield return (l["Reports.ByWard"], l.Ward(c), c);
        foreach (var c in report.BySection) yield return (l["Reports.BySection"], l.Section(c.Key, c.Label), c);
        foreach (var c in report.ByReflection) yield return (l["Reports.ByReflection"], $"{c.Key}：{c.Label}", c);
    }
}
