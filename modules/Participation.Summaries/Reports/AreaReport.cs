using Participation.Core.Consultations;
using Participation.Core.Statistics;

namespace Participation.Summaries.Reports;

/// <summary>
/// What a ward report or a city-wide period report shows: the rounds in scope, submissions by month and
/// every module's headline figures for the same slice.
/// </summary>
public sealed record AreaReport(string Title, string Subtitle, string ScopeLine, IReadOnlyList<RoundReportListing> Rounds,
    IReadOnlyList<ReportCount> Monthly, IReadOnlyList<StatisticRow> Figures);
