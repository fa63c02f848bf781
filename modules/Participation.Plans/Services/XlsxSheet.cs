using ClosedXML.Excel;

namespace Participation.Plans.Services;

/// <summary>XLSX in and out with ClosedXML 0.95 (column widths set by hand: AdjustToContents needs libgdiplus).</summary>
public static class XlsxSheet
{
    public static byte[] Write(string sheetName, string[] header, IEnumerable<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(sheetName);
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = c is 2 or 3 ? 40 : 14;
        }
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                if (double.TryParse(row[c], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) && c != 1)
                    cell.Value = d;
                else
                    cell.SetValue(row[c]);   // SetValue keeps codes like 1-2 as text
            }
            r++;
        }
        using var ms = new MemoryStream();
        book.SaveAs(ms);
        return ms.ToArray();
    }

    public static List<string[]> Read(Stream stream)
    {
        using var book = new XLWorkbook(stream);
        var sheet = book.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null) return [];
        var width = used.LastColumn().ColumnNumber();
        var last = used.LastRow().RowNumber();
        // Every row up to the last, blank ones included, so reported row numbers match Excel's.
        return Enumerable.Range(1, last).Select(r => Enumerable.Range(1, width).Select(c => Text(sheet.Cell(r, c))).ToArray()).ToList();
    }

    private static string Text(IXLCell cell) => cell.Value switch
    {
        double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "",
        var v => v.ToString() ?? "",
    };
}
