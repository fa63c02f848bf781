using Participation.Core.Text;

namespace Participation.Clustering.Services;

/// <summary>A text import as header and rows (blank lines dropped), read with the site's CSV reader.</summary>
public static class CsvTable
{
    public static (string[] Header, List<string[]> Rows) Read(TextReader reader)
    {
        var records = Csv.Parse(reader.ReadToEnd());
        if (records.Count == 0) throw new InvalidDataException("The CSV file is empty.");
        var header = records[0].Select(h => h.Trim()).ToArray();
        return (header, records.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0).ToList());
    }
}
