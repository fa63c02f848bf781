namespace Participation.Api.OpenData;

/// <summary>Committees, seats and the current call; members are named only when they consented to it.</summary>
public sealed class CommitteesDataset : IOpenDataset
{
    public string Key => "committees";
    public string? RequiresField => "committees";

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("id", "ID"), new("name", "名称"), new("department", "担当課"), new("seats", "委員定数"), new("resident_seats", "公募委員数"),
        new("term", "任期"), new("recruitment_status", "公募状況"), new("recruitment_opens_at", "公募開始日時"),
        new("recruitment_closes_at", "公募締切日時"), new("applicant_count", "応募者数"), new("members", "委員（公表に同意した方のみ）"),
    ];

    public async Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct)
    {
        var data = await reader.QueryAsync(
            "{ committees { id name department seats residentSeats term members recruitment { status opensAt closesAt applicantCount } } }", null, ct);
        var committees = data.Arr("committees").ToList();
        var rows = committees.Select(c =>
        {
            var r = c.Obj("recruitment");
            return new object?[]
            {
                c.Str("id"), c.Str("name"), c.Str("department"), c.Num("seats"), c.Num("residentSeats"), c.Str("term"),
                r?.Str("status"), r?.Str("opensAt"), r?.Str("closesAt"), r?.Num("applicantCount"),
                string.Join("、", c.Arr("members").Select(m => m.GetString())),
            };
        }).ToList();
        var open = committees.Any(c => c.Obj("recruitment")?.Str("status") == "OPEN");
        var dates = committees.SelectMany(c => new[] { c.Obj("recruitment")?.Date("opensAt"), c.Obj("recruitment")?.Date("closesAt") });
        return new DatasetRows(rows, Json.Latest(open ? dates.Append(reader.Now) : dates, reader.Now));
    }
}
