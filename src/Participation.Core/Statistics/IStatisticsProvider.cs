namespace Participation.Core.Statistics;

/// <summary>
/// What a module counts, for dashboards and councillor summaries (Decidim's shape): the summaries
/// module asks every enabled module's providers and knows none of their tables.
/// </summary>
public interface IStatisticsProvider
{
    Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken cancellationToken);
}

/// <summary>Which slice to count: a ward, a period, or one subject (e.g. a round).</summary>
public sealed record StatisticsQuery(int? WardId = null, DateTime? FromUtc = null, DateTime? ToUtc = null,
    string? SubjectType = null, string? SubjectId = null);

/// <summary>
/// One figure. <paramref name="Key"/> is stable (<c>rounds.submissions</c>), <paramref name="LabelKey"/>
/// a localisation key, <paramref name="Dimension"/>/<paramref name="DimensionValue"/> break it down
/// (e.g. channel = fax).
/// </summary>
public sealed record StatisticRow(string Module, string Key, string LabelKey, double Value,
    string? Dimension = null, string? DimensionValue = null);
