namespace Participation.Api.OpenData;

/// <summary>Public-comment rounds with their periods and counts (one row per round).</summary>
public sealed class RoundsDataset : IOpenDataset
{
    public string Key => "rounds";
    public string? RequiresField => "rounds";

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("id", "ID"), new("title", "件名"), new("status", "状態"), new("ward", "区"), new("department", "担当課"),
        new("opens_at", "募集開始日時"), new("closes_at", "募集締切日時"), new("submission_count", "提出件数"),
        new("opinion_count", "意見数"), new("results_published_at", "結果公表日時"), new("url", "URL"),
    ];

    public async Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct)
    {
        var rounds = await reader.AllRoundsAsync("id title status ward { name } department opensAt closesAt submissionCount opinionCount resultsPublishedAt url", null, ct);
        var rows = rounds.Select(r => new object?[]
        {
            r.Str("id"), r.Str("title"), r.Str("status"), r.Obj("ward")?.Str("name") ?? "市全域", r.Str("department"),
            r.Str("opensAt"), r.Str("closesAt"), r.Num("submissionCount"), r.Num("opinionCount"), r.Str("resultsPublishedAt"), r.Str("url"),
        }).ToList();
        // Counts of an open round change with every submission: such a file is current as of today.
        var open = rounds.Any(r => r.Str("status") == "OPEN");
        var dates = rounds.SelectMany(r => new[] { r.Date("opensAt"), r.Date("closesAt"), r.Date("resultsPublishedAt") });
        return new DatasetRows(rows, Json.Latest(open ? dates.Append(reader.Now) : dates, reader.Now));
    }
}
