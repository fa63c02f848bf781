using DotLiquid;
using Microsoft.Extensions.Localization;
using Participation.Core.Consultations;
using Participation.Core.Wards;
using Participation.Summaries.Models;
using Participation.Summaries.Reports;

namespace Participation.Summaries.Services;

/// <summary>
/// What a councillor's weekly digest says, as plain Liquid values: rounds opened, closing soon, closed and
/// with results published in their wards and topics, and the hot topics of ward discussions.
/// </summary>
public sealed class DigestContent(IRoundReportSource rounds, IEnumerable<IHotThreads> hotThreads, IStringLocalizer t)
{
    public async Task<Dictionary<string, object?>> BuildAsync(DigestSubscription sub, string councillor, DateTime sinceUtc, DateTime nowUtc, CancellationToken ct)
    {
        var wards = sub.Wards();
        var words = sub.TopicWords();
        bool Matches(string title) => words.Count == 0 || words.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));
        var all = (await rounds.ListAsync(new RoundReportFilter(), ct))
            .Where(r => wards.Count == 0 || r.WardId is null || wards.Contains(r.WardId.Value)).Where(r => Matches(r.Title)).ToList();
        var labels = new ReportLabels(t);

        var topics = new List<HotThread>();
        foreach (var source in hotThreads)
            foreach (var ward in wards.Count == 0 ? [null] : wards.Select(w => (int?)w))
                topics.AddRange(await source.TopAsync(ward, sinceUtc, 5, ct));

        return new Dictionary<string, object?>
        {
            ["councillor"] = councillor,
            ["period"] = labels["Reports.PeriodValue", ReportLabels.Date(sinceUtc), ReportLabels.Date(nowUtc)],
            ["opened"] = Rounds(all.Where(r => r.OpensAtUtc >= sinceUtc && r.OpensAtUtc < nowUtc), labels),
            ["closing"] = Rounds(all.Where(r => r.Status == "open" && r.ClosesAtUtc >= nowUtc && r.ClosesAtUtc < nowUtc.AddDays(7)), labels),
            ["closed"] = Rounds(all.Where(r => r.ClosesAtUtc >= sinceUtc && r.ClosesAtUtc < nowUtc), labels),
            ["published"] = Rounds(all.Where(r => r.ResultsPublishedAtUtc >= sinceUtc && r.ResultsPublishedAtUtc < nowUtc), labels),
            ["topics"] = topics.Where(x => Matches(x.Title)).DistinctBy(x => x.Id).OrderByDescending(x => x.Replies * 2 + x.Supports).Take(10)
                .Select(x => Hash.FromDictionary(new Dictionary<string, object>
                {
                    ["title"] = x.Title, ["replies"] = x.Replies, ["supports"] = x.Supports, ["url"] = x.Url,
                    ["answered"] = x.Answered,
                })).ToList(),
        };
    }

    private static List<Hash> Rounds(IEnumerable<RoundReportListing> rows, ReportLabels l) =>
        rows.Select(r => Hash.FromDictionary(new Dictionary<string, object>
        {
            ["title"] = r.Title, ["area"] = l.Area(r), ["opens"] = ReportLabels.Date(r.OpensAtUtc), ["closes"] = ReportLabels.Date(r.ClosesAtUtc),
            ["submissions"] = r.Submissions, ["opinions"] = r.Opinions, ["url"] = $"/rounds/{r.Id}", ["report"] = $"/summaries/rounds/{r.Id}",
        })).ToList();

    /// <summary>Sample values for the template preview, so staff see every section filled.</summary>
    public static Dictionary<string, object?> Sample(ReportLabels l)
    {
        var round = Hash.FromDictionary(new Dictionary<string, object>
        {
            ["title"] = l["Digest.Sample.Round"], ["area"] = l["Reports.CityWide"], ["opens"] = "令和8年11月1日", ["closes"] = "令和8年11月30日",
            ["submissions"] = 120, ["opinions"] = 180, ["url"] = "/rounds/1", ["report"] = "/summaries/rounds/1",
        });
        var topic = Hash.FromDictionary(new Dictionary<string, object>
            { ["title"] = l["Digest.Sample.Topic"], ["replies"] = 12, ["supports"] = 30, ["url"] = "/wards/1/discussions/1", ["answered"] = false });
        return new Dictionary<string, object?>
        {
            ["councillor"] = l["Digest.Sample.Councillor"], ["period"] = "令和8年11月16日～令和8年11月23日",
            ["opened"] = new List<Hash> { round }, ["closing"] = new List<Hash> { round }, ["closed"] = new List<Hash>(),
            ["published"] = new List<Hash>(), ["topics"] = new List<Hash> { topic },
        };
    }
}
