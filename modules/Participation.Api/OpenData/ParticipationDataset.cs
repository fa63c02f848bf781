using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Localization;
using Participation.Core.Statistics;

namespace Participation.Api.OpenData;

/// <summary>
/// Participation counts: every enabled module's <see cref="IStatisticsProvider"/> figures (aggregates only),
/// ward dimensions named.
/// </summary>
public sealed class ParticipationDataset(IEnumerable<IStatisticsProvider> providers, ParticipationDbContext db, TextCatalog catalog) : IOpenDataset
{
    public string Key => "participation";
    public string? RequiresField => null;

    public IReadOnlyList<Column> Columns { get; } =
    [
        new("module", "機能"), new("key", "指標キー"), new("label", "指標"), new("dimension", "内訳"), new("dimension_value", "内訳の値"), new("value", "値"),
    ];

    public async Task<DatasetRows> BuildAsync(SchemaReader reader, CancellationToken ct)
    {
        var wards = await db.Set<Ward>().AsNoTracking().ToDictionaryAsync(w => w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), w => w.Name, ct);
        var rows = new List<object?[]>();
        foreach (var provider in providers)
            foreach (var s in await provider.GetAsync(new StatisticsQuery(), ct))
            {
                var value = s.Dimension == "ward" && s.DimensionValue is { } id ? wards.GetValueOrDefault(id, id) : s.DimensionValue;
                rows.Add([s.Module, s.Key, catalog.Find(s.LabelKey, "ja") ?? s.Key, s.Dimension, value, s.Value]);
            }
        // Counted live at download time.
        return new DatasetRows(rows, Json.Latest([reader.Now], reader.Now));
    }
}
