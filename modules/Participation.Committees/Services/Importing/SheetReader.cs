using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Participation.Core.Text;

namespace Participation.Committees.Services.Importing;

/// <summary>
/// Rows of an uploaded sheet: XLSX (first worksheet, ClosedXML) or CSV in UTF-8 (with or without BOM) or Shift_JIS
/// (what Excel on Japanese Windows saves). Row i of the result is row i+1 as Excel numbers it.
/// </summary>
public static class SheetReader
{
    static SheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static List<string[]> Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return ReadXlsx(bytes);
        return Csv.Parse(Decode(bytes));
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise Shift_JIS (code page 932).</summary>
    public static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(932).GetString(bytes); }
    }

    private static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null) return [];
        var width = used.LastColumn().ColumnNumber();
        var last = used.LastRow().RowNumber();
        return Enumerable.Range(1, last).Select(r => Enumerable.Range(1, width).Select(c => Text(sheet.Cell(r, c))).ToArray()).ToList();
    }

    private static string Text(IXLCell cell) => cell.Value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var v => v?.ToString() ?? "",
    };
}
