using Participation.Core.Statistics;

namespace Participation.Summaries.Services;

/// <summary>
/// Asks every enabled module's <see cref="IStatisticsProvider"/> for its figures. The summaries module
/// knows no other module's tables: what a module does not report, it does not show.
/// </summary>
public sealed class StatisticsGatherer(IEnumerable<IStatisticsProvider> providers)
{
    public async Task<IReadOnlyList<StatisticRow>> GatherAsync(StatisticsQuery query, CancellationToken ct)
    {
        var rows = new List<StatisticRow>();
        foreach (var provider in providers) rows.AddRange(await provider.GetAsync(query, ct));
        // Providers suppress their own person breakdowns; done again here so a provider that forgets cannot leak.
        return SmallCells.Suppress(rows);
    }

    /// <summary>Headline figures (no dimension) and their breakdowns, grouped by module then key.</summary>
    public static IReadOnlyList<StatisticGroup> Group(IEnumerable<StatisticRow> rows) =>
        rows.GroupBy(r => (r.Module, r.Key))
            .Select(g => new StatisticGroup(g.Key.Module, g.Key.Key, g.First().LabelKey,
                g.Where(r => r.Dimension is null).Sum(r => r.Value),
                g.Where(r => r.Dimension is not null).OrderByDescending(r => r.Value).ToList()))
            .OrderBy(g => g.Module, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A breakdown value as people read it: the merged small-groups row gets its label.</summary>
public static class DimensionValues
{
    public static string Display(string? value, Microsoft.Extensions.Localization.IStringLocalizer t) =>
        value == SmallCells.MergedValue ? t["Summaries.SmallGroups", SmallCells.Threshold].Value : value ?? "";
}

public sealed record StatisticGroup(string Module, string Key, string LabelKey, double Total, IReadOnlyList<StatisticRow> Breakdown);
