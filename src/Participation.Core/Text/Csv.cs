using System.Globalization;
using System.Text;

namespace Participation.Core.Text;

/// <summary>
/// RFC 4180 CSV, the one reader and writer every module and tool uses: quoted fields, doubled quotes,
/// line breaks inside quotes, CRLF between rows. Files for people open in Excel, so they are written
/// in UTF-8 with a BOM (or another encoding such as Shift_JIS) and, when asked, cells that would run as
/// a formula (a leading =, +, - or @ that is not a number) are prefixed with an apostrophe.
/// </summary>
public static class Csv
{
    public static string Format(IEnumerable<IEnumerable<string>> rows, bool guardFormulas = false)
    {
        var text = new StringBuilder();
        foreach (var row in rows) text.Append(string.Join(',', row.Select(c => Quote(c, guardFormulas)))).Append("\r\n");
        return text.ToString();
    }

    /// <summary>The file's bytes: the encoding's preamble (the BOM for UTF-8 with BOM), then the text.</summary>
    public static byte[] ToBytes(IEnumerable<IEnumerable<string>> rows, Encoding? encoding = null, bool guardFormulas = false)
    {
        encoding ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Format(rows, guardFormulas))];
    }

    public static string Quote(string cell, bool guardFormulas = false)
    {
        if (guardFormulas && cell.Length > 0 && "=+-@".Contains(cell[0])
            && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
    }

    /// <summary>Every row, the header included; a leading BOM is dropped, CRLF, LF and CR all end a row.</summary>
    public static List<string[]> Parse(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString()); field.Clear();
                rows.Add([.. row]); row.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
