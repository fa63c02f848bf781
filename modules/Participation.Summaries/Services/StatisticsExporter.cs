using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Participation.Core.Statistics;
using Participation.Core.Text;

namespace Participation.Summaries.Services;

/// <summary>
/// Figures as files staff and councillors open in Excel: CSV in UTF-8 with BOM (or Shift_JIS for
/// older Excel), and XLSX. Statistics carry counts only, never personal data.
/// </summary>
public sealed class StatisticsExporter
{
    static StatisticsExporter() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding EncodingFor(string? name) =>
        name is not null && (name.Equals("shift_jis", StringComparison.OrdinalIgnoreCase) || name.Equals("sjis", StringComparison.OrdinalIgnoreCase))
            ? Encoding.GetEncoding(932)
            : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public byte[] ToCsv(IEnumerable<StatisticRow> rows, IStringLocalizer t, Encoding encoding) =>
        Csv.ToBytes(rows.Select(row => new[] { row.Module, t[row.LabelKey].Value,
                row.Dimension is null ? "" : t[$"Summaries.Dimension.{row.Dimension}"].Value, DimensionValues.Display(row.DimensionValue, t),
                row.Value.ToString(CultureInfo.InvariantCulture) })
            .Prepend(Headers(t)), encoding, guardFormulas: true);

    private static string[] Headers(IStringLocalizer t) =>
        [t["Summaries.Column.Module"], t["Summaries.Column.Figure"], t["Summaries.Column.Dimension"], t["Summaries.Column.Value"], t["Summaries.Column.Count"]];

    public byte[] ToXlsx(IEnumerable<StatisticRow> rows, IStringLocalizer t)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(t["Summaries.Sheet"].Value);
        var headers = Headers(t);
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        sheet.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            sheet.Cell(r, 1).Value = row.Module;
            sheet.Cell(r, 2).Value = t[row.LabelKey].Value;
            sheet.Cell(r, 3).Value = row.Dimension is null ? "" : t[$"Summaries.Dimension.{row.Dimension}"].Value;
            sheet.Cell(r, 4).Value = DimensionValues.Display(row.DimensionValue, t);
            sheet.Cell(r, 5).Value = row.Value;
            r++;
        }
        // Widths by hand: AdjustToContents needs libgdiplus.
        foreach (var (col, width) in new[] { (1, 16), (2, 36), (3, 16), (4, 20), (5, 10) }) sheet.Column(col).Width = width;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
