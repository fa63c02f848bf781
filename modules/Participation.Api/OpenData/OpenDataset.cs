namespace Participation.Api.OpenData;

/// <summary>
/// One downloadable dataset of /opendata. Rows are built from the public GraphQL schema (what the API
/// shows is exactly what the files hold), so nothing reaches a file that the schema keeps out.
/// </summary>
public interface IOpenDataset
{
    /// <summary>File name stem and URL segment: /opendata/{Key}.csv.</summary>
    string Key { get; }
    /// <summary>The Query field the dataset needs; absent when its module is disabled, and then so is the dataset.</summary>
    string? RequiresField { get; }
    IReadOnlyList<Column> Columns { get; }
    Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct);
}

/// <summary>A column: its JSON key and its CSV header (Japanese, fixed, so files stay comparable year on year).</summary>
public sealed record Column(string Key, string Header);

/// <summary>The rows (cells: string, number or null) and the date the data last changed.</summary>
public sealed record DatasetRows(IReadOnlyList<object?[]> Rows, DateOnly LastUpdated);
