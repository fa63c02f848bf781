using System.Text;

namespace Participation.Clustering.Services;

/// <summary>A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes) for text imports.</summary>
public static class CsvTable
{
    public static (string[] Header, List<string[]> Rows) Read(TextReader reader)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"': quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    records.Add([.. fields]); fields.Clear();
                    break;
                default: field.Append(ch); break;
            }
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add([.. fields]); }
        if (records.Count == 0) throw new InvalidDataException("The CSV file is empty.");
        var header = records[0].Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        return (header, records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
    }
}
