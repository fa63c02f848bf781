using System.Text;
using Participation.Core.Text;

namespace Participation.Bench.Redaction;

/// <summary>CSV files for the bench: read with the site's reader, written as plain UTF-8 (no BOM) for scorers.</summary>
public static class CsvTable
{
    public static List<string[]> Read(string path) => Csv.Parse(File.ReadAllText(path, Encoding.UTF8));

    public static void Write(string path, IEnumerable<string[]> rows) =>
        File.WriteAllText(path, Csv.Format(rows), new UTF8Encoding(false));
}
