namespace Participation.Core.Consultations;

/// <summary>
/// What a councillor's report needs about comment rounds, with no personal data: counts by channel,
/// submitter category, ward and section, and the opinion groups with the city's answer (考え方) and
/// 反映区分. Consultations implements it; the summaries module reads no round tables.
/// </summary>
public interface IRoundReportSource
{
    /// <summary>Rounds past preparation, newest first; optionally one ward's (and city-wide when <paramref name="includeCityWide"/>) and those open during a period.</summary>
    Task<IReadOnlyList<RoundReportListing>> ListAsync(RoundReportFilter filter, CancellationToken cancellationToken);

    /// <summary>One round's report data; null when the round does not exist or is still in preparation.</summary>
    Task<RoundReport?> GetAsync(int roundId, CancellationToken cancellationToken);

    /// <summary>Submissions received per month (Tokyo time, key <c>yyyy-MM</c>) for trends.</summary>
    Task<IReadOnlyList<ReportCount>> MonthlyAsync(RoundReportFilter filter, CancellationToken cancellationToken);
}

public sealed record RoundReportFilter(int? WardId = null, bool IncludeCityWide = true, DateTime? FromUtc = null, DateTime? ToUtc = null);

/// <summary><paramref name="Status"/> is the effective status in lower case: announced, open, closed, resultspublished.</summary>
public sealed record RoundReportListing(int Id, string Title, string Status, int? WardId, string? WardName, string Department,
    DateTime OpensAtUtc, DateTime ClosesAtUtc, DateTime? ResultsPublishedAtUtc, int Submissions, int Opinions);

/// <summary>
/// A round's report. Breakdown keys: channel and category are enum names in lower case (<c>web</c>,
/// <c>resident</c>), ward the ward id (empty = outside the city or unknown), section the draft anchor.
/// Answers are present only once results are published.
/// </summary>
public sealed record RoundReport(RoundReportListing Round, string? ResultSummary,
    IReadOnlyList<ReportCount> ByChannel, IReadOnlyList<ReportCount> ByCategory, IReadOnlyList<ReportCount> ByWard,
    IReadOnlyList<ReportCount> BySection, IReadOnlyList<ReportCount> ByReflection, IReadOnlyList<ReportOpinionGroup> Groups);

/// <summary>One row of a breakdown: a stable key, a display label (ward name, section heading) when the source knows one.</summary>
public sealed record ReportCount(string Key, string? Label, int Submissions, int Opinions);

/// <summary>
/// An opinion group as published: summary, opinion count, the city's answer and 反映区分, and up to three
/// representative opinions — all redacted.
/// </summary>
public sealed record ReportOpinionGroup(string Section, string? SectionLabel, string Summary, int Count, string? Answer,
    string? ReflectionCode, string? ReflectionLabel, IReadOnlyList<string> Representatives);
