using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Participation.Api.Services;
using Participation.Core.Text;

namespace Participation.Api.OpenData;

/// <summary>The two file formats: CSV (UTF-8 with BOM, for Excel; formula-like cells guarded) and JSON with the licence inside.</summary>
public static class DatasetFiles
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static byte[] Csv(IOpenDataset dataset, DatasetRows data) =>
        Participation.Core.Text.Csv.ToBytes(
            data.Rows.Select(r => r.Select(Cell)).Prepend(dataset.Columns.Select(c => c.Header)), guardFormulas: true);

    public static byte[] Json(IOpenDataset dataset, string title, DatasetRows data, ApiOptions options)
    {
        var records = data.Rows.Select(r => dataset.Columns.Select((c, i) => (c.Key, Value: r[i]))
            .ToDictionary(x => x.Key, x => x.Value)).ToList();
        var document = new Dictionary<string, object?>
        {
            ["dataset"] = dataset.Key,
            ["title"] = title,
            ["licence"] = new { name = options.LicenceName, url = options.LicenceUrl, attribution = options.Attribution },
            ["lastUpdated"] = data.LastUpdated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["columns"] = dataset.Columns.Select(c => new { key = c.Key, header = c.Header }),
            ["records"] = records,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, JsonOptions);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
