using ClosedXML.Excel;
using Participation.Consultations.Services;

namespace Participation.Consultations.Exports;

public static class XlsxExport
{
    public static byte[] Write(RoundResults results)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("意見と考え方");
        var r = 1;
        foreach (var row in ResultRows.Of(results).Prepend(ResultRows.Header))
        {
            for (var c = 0; c < row.Length; c++) sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        var totals = book.Worksheets.Add("提出状況");
        totals.Cell(1, 1).SetValue("区分"); totals.Cell(1, 2).SetValue("内訳"); totals.Cell(1, 3).SetValue("提出者数"); totals.Cell(1, 4).SetValue("意見数");
        var t = 2;
        foreach (var (kind, rows) in new[] { ("提出方法", results.Totals.ByChannel), ("提出者の区分", results.Totals.ByCategory), ("区", results.Totals.ByWard) })
            foreach (var row in rows)
            {
                totals.Cell(t, 1).SetValue(kind); totals.Cell(t, 2).SetValue(row.Label); totals.Cell(t, 3).SetValue(row.Submissions); totals.Cell(t, 4).SetValue(row.Opinions);
                t++;
            }
        using var ms = new MemoryStream();
        book.SaveAs(ms);
        return ms.ToArray();
    }
}
