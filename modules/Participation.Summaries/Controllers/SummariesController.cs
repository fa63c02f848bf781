using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Cities;
using Participation.Core.Consultations;
using Participation.Core.Data;
using Participation.Core.Statistics;
using Participation.Summaries.Reports;
using Participation.Summaries.Services;

namespace Participation.Summaries.Controllers;

/// <summary>The councillors' dashboard: every module's figures, city-wide or for one ward. Read-only.</summary>
[Route("/summaries"), Authorize(Policy = Permissions.ViewSummaries)]
public sealed class SummariesController(StatisticsGatherer gatherer, StatisticsExporter exporter, ParticipationDbContext db, IStringLocalizer t,
    IRoundReportSource rounds, RoundTopics topics) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? wardId, CancellationToken ct)
    {
        var wards = await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ToListAsync(ct);
        if (wardId is not null && wards.All(w => w.Id != wardId)) wardId = null;
        var rows = await gatherer.GatherAsync(new StatisticsQuery(WardId: wardId), ct);
        var filter = new RoundReportFilter(WardId: wardId);
        var listed = await rounds.ListAsync(filter, ct);
        return View(new SummaryViewModel(wards, wardId, StatisticsGatherer.Group(rows),
            listed, await rounds.MonthlyAsync(filter with { IncludeCityWide = false }, ct), new ReportLabels(t), await TopicsAsync(listed, ct)));
    }

    /// <summary>Topics of the most recent rounds whose results are out (only those can have published topics).</summary>
    private async Task<IReadOnlyList<(RoundReportListing Round, TopicsReport Topics)>> TopicsAsync(IReadOnlyList<RoundReportListing> listed, CancellationToken ct)
    {
        var result = new List<(RoundReportListing, TopicsReport)>();
        foreach (var round in listed.Where(r => r.Status is "resultspublished" or "closed").Take(DashboardTopicRounds))
            if (await topics.ForRoundAsync(round.Id, ct) is { Topics.Count: > 0 } found) result.Add((round, found));
        return result;
    }

    private const int DashboardTopicRounds = 8;

    [HttpGet("statistics.csv")]
    public async Task<IActionResult> Csv(int? wardId, string? encoding, CancellationToken ct)
    {
        var rows = await gatherer.GatherAsync(new StatisticsQuery(WardId: wardId), ct);
        var chosen = StatisticsExporter.EncodingFor(encoding);
        return File(exporter.ToCsv(rows, t, chosen), $"text/csv; charset={chosen.WebName}", "statistics.csv");
    }

    [HttpGet("statistics.xlsx")]
    public async Task<IActionResult> Xlsx(int? wardId, CancellationToken ct)
    {
        var rows = await gatherer.GatherAsync(new StatisticsQuery(WardId: wardId), ct);
        return File(exporter.ToXlsx(rows, t), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "statistics.xlsx");
    }
}

public sealed record SummaryViewModel(IReadOnlyList<Ward> Wards, int? WardId, IReadOnlyList<StatisticGroup> Groups,
    IReadOnlyList<RoundReportListing> Rounds, IReadOnlyList<ReportCount> Monthly, ReportLabels Labels,
    IReadOnlyList<(RoundReportListing Round, TopicsReport Topics)> Topics);
