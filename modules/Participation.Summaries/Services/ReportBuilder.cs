using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Consultations;
using Participation.Core.Data;
using Participation.Core.Statistics;
using Participation.Core.Text;
using Participation.Core.Time;
using Participation.Summaries.Reports;

namespace Participation.Summaries.Services;

/// <summary>
/// Gathers the data of the round, ward and period reports through Core contracts only, and renders them
/// through <see cref="ReportCache"/>.
/// </summary>
public sealed class ReportBuilder(IRoundReportSource source, StatisticsGatherer gatherer, ParticipationDbContext db,
    ReportCache cache, IStringLocalizer t, TimeProvider clock, RoundTopics topics)
{
    public DateOnly Today => TokyoTime.Today(clock);
    public ReportLabels Labels => new(t);

    public Task<RoundReport?> RoundAsync(int id, CancellationToken ct) => source.GetAsync(id, ct);

    public bool IsCached(string key) => cache.TryGet(key, out _);

    public Task<TopicsReport> TopicsAsync(int id, CancellationToken ct) => topics.ForRoundAsync(id, ct);

    /// <summary>The cache key holds a hash of everything the PDF shows, so any change of data renders it anew.</summary>
    public string RoundKey(RoundReport report, TopicsReport roundTopics) =>
        ReportCache.Key("round", CultureInfo.CurrentUICulture.Name, Today, new { report, roundTopics });

    public byte[] RoundPdf(RoundReport report, TopicsReport roundTopics, Action<int>? progress = null) =>
        cache.GetOrRender(RoundKey(report, roundTopics), () => RoundReportPdf.Write(report, roundTopics, Labels, Today, progress));

    public async Task<AreaReport?> WardAsync(int wardId, CancellationToken ct)
    {
        var ward = await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == wardId, ct);
        if (ward is null) return null;
        var filter = new RoundReportFilter(WardId: wardId);
        return new AreaReport(t["Reports.Ward.Title", ward.Name], t["Reports.Ward.Subtitle"], t["Reports.Ward.Scope", ward.Name],
            await source.ListAsync(filter, ct), await source.MonthlyAsync(filter with { IncludeCityWide = false }, ct),
            await gatherer.GatherAsync(new StatisticsQuery(WardId: wardId), ct));
    }

    /// <summary>City-wide report for [from, to] (Tokyo dates, inclusive); defaults to the current 年度.</summary>
    public async Task<AreaReport> PeriodAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var filter = new RoundReportFilter(FromUtc: TokyoTime.StartOfDay(from), ToUtc: TokyoTime.StartOfDay(to.AddDays(1)));
        var scope = t["Reports.Period.Scope", ReportLabels.Date(from), ReportLabels.Date(to)].Value;
        return new AreaReport(t["Reports.Period.Title", scope], t["Reports.Period.Subtitle"], scope,
            await source.ListAsync(filter, ct), await source.MonthlyAsync(filter, ct),
            await gatherer.GatherAsync(new StatisticsQuery(FromUtc: filter.FromUtc, ToUtc: filter.ToUtc), ct));
    }

    public (DateOnly From, DateOnly To) DefaultPeriod()
    {
        var year = FiscalYear.Of(Today);
        return (year.FirstDay, year.LastDay);
    }

    public string AreaKey(string kind, AreaReport report) => ReportCache.Key(kind, CultureInfo.CurrentUICulture.Name, Today, report);

    public byte[] AreaPdf(string kind, AreaReport report, Action<int>? progress = null) =>
        cache.GetOrRender(AreaKey(kind, report), () => AreaReportPdf.Write(report, Labels, Today, progress));
}
