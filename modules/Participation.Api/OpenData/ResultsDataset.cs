namespace Participation.Api.OpenData;

/// <summary>
/// Published results: one row per published opinion, with its group's summary, the city's answer (考え方)
/// and 反映区分. Texts are the redacted published ones; withheld opinions are not in it.
/// </summary>
public sealed class ResultsDataset : IOpenDataset
{
    public string Key => "results";
    public string? RequiresField => "rounds";

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("round_id", "意見募集ID"), new("round_title", "件名"), new("section", "項目"), new("group_id", "意見グループID"),
        new("summary", "意見の要旨"), new("group_count", "意見数"), new("opinion", "意見（個人情報は伏せています）"),
        new("response", "市の考え方"), new("reflection", "反映区分"),
    ];

    public async Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct)
    {
        var rounds = await reader.AllRoundsAsync(
            "id title resultsPublishedAt opinionGroups { id section { id heading } summary response count reflection { label } opinions }", "RESULTS_PUBLISHED", ct);
        var rows = new List<object?[]>();
        foreach (var r in rounds)
            foreach (var g in r.Arr("opinionGroups"))
            {
                var section = g.Obj("section") is { } s ? s.Str("heading") is { Length: > 0 } h ? h : s.Str("id") : null;
                object?[] Row(string? opinion) =>
                    [r.Str("id"), r.Str("title"), section, g.Str("id"), g.Str("summary"), g.Num("count"), opinion, g.Str("response"), g.Obj("reflection")?.Str("label")];
                var opinions = g.Arr("opinions").Select(o => o.GetString()).ToList();
                if (opinions.Count == 0) rows.Add(Row(null));
                rows.AddRange(opinions.Select(Row));
            }
        return new DatasetRows(rows, Json.Latest(rounds.Select(r => r.Date("resultsPublishedAt")), reader.Now));
    }
}
