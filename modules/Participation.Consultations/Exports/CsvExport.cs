using System.Text;
using Participation.Consultations.Services;

namespace Participation.Consultations.Exports;

/// <summary>UTF-8 with BOM so Excel opens the Japanese correctly; RFC 4180 quoting.</summary>
public static class CsvExport
{
    public static byte[] Write(RoundResults results)
    {
        var sb = new StringBuilder();
        foreach (var row in ResultRows.Of(results).Prepend(ResultRows.Header))
            sb.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static string Quote(string value)
    {
        // A leading =, +, - or @ would run as a formula in a spreadsheet.
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
