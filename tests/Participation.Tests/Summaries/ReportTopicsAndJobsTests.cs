using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Clustering.Models;
using Participation.Committees.Models;
using Participation.Consultations.Models;
using Participation.Core.Clustering;
using Participation.Core.Statistics;
using Participation.Plans.Models;
using Participation.Summaries.Services;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>
/// Topics and affected plan measures on the councillor page, PDF and dashboard; large reports in a background
/// job with a progress page; committee applicants by age band with small groups combined.
/// </summary>
public sealed partial class ReportTopicsAndJobsTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [GeneratedRegex("/summaries/reports/jobs/([0-9a-f]{24})$")]
    private static partial Regex JobUrl();

    private async Task<HttpClient> CouncillorAsync()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("councillor@demo.example");
        return client;
    }

    private Task<int> PublishedRoundAsync() =>
        factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.ResultsPublished).Select(r => r.Id).FirstAsync());

    [Fact]
    public async Task Published_topics_and_a_confirmed_measure_reach_the_round_page_the_pdf_and_the_dashboard()
    {
        var roundId = await PublishedRoundAsync();
        var topics = await factory.WithScope(sp => sp.GetRequiredService<IPublishedClusters>().ForRoundAsync(roundId));
        Assert.NotEmpty(topics);
        var largest = topics.OrderByDescending(t => t.Size).ThenBy(t => t.Id).First();
        var measure = await factory.WithDbAsync(db => db.Set<PlanMeasure>().AsNoTracking().Where(m => m.Level != PlanLevel.PolicyArea).OrderBy(m => m.Id).FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            db.Add(new ClusterMeasureLink { ClusterId = largest.Id, MeasureId = measure.Id, MeasureTitle = measure.Title,
                MeasureUrl = $"/plans/measures/{measure.Id}", Score = 0.3, ConfirmedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var client = await CouncillorAsync();

        var page = await client.GetStringAsync($"/summaries/rounds/{roundId}");
        Assert.Contains("主な論点", page);
        foreach (var t in topics) Assert.Contains(WebUtility.HtmlEncode(t.Label), page);
        Assert.Contains($"href=\"/plans/measures/{measure.Id}\"", page);
        Assert.Contains(WebUtility.HtmlEncode(measure.Title), page);

        var flat = PdfText.Squash(await PdfText.ExtractAsync(await client.GetByteArrayAsync($"/summaries/rounds/{roundId}/report.pdf")));
        Assert.Contains("主な論点", flat);
        Assert.Contains("関連する施策", flat);
        Assert.Contains(PdfText.Squash(largest.Label), flat);
        Assert.Contains(PdfText.Squash(measure.Title), flat);
        Assert.Contains(PdfText.Squash(largest.Representatives[0]), flat);

        var dashboard = await client.GetStringAsync("/summaries");
        Assert.Contains("主な論点と関連する施策", dashboard);
        Assert.Contains(WebUtility.HtmlEncode(largest.Label), dashboard);
        Assert.Contains($"href=\"/plans/measures/{measure.Id}\"", dashboard);
    }

    [Fact]
    public async Task A_large_report_renders_in_a_background_job_with_progress_and_is_then_downloaded()
    {
        // A period no other test renders, so the report is not already in the cache (a cached report is sent at once).
        const string report = "/summaries/period/report.pdf?from=2019-04-01&to=2031-03-31";
        var client = await CouncillorAsync();
        var start = await client.GetAsync(report + "&background=true");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.OriginalString;
        var id = JobUrl().Match(url).Groups[1].Value;
        Assert.NotEmpty(id);

        var waiting = await client.GetStringAsync(url);
        Assert.Contains("<progress", waiting);
        Assert.Contains("順番を待っています", waiting);
        Assert.Contains("状況を更新", waiting);
        var status = JsonDocument.Parse(await client.GetStringAsync(url + "/status")).RootElement;
        Assert.Equal("queued", status.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url + "/file")).StatusCode);
        // Asking again joins the same job instead of starting another.
        Assert.Equal(url, (await client.GetAsync(report + "&background=true")).Headers.Location!.OriginalString);

        // The job as Hangfire stored it (arguments through its serializer), run here: tests run no job server.
        var job = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 500)
            .Select(j => j.Value.Job).Single(j => j.Type == typeof(ReportRenderJob) && (string)j.Args[0] == id);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ReportRenderJob>().RunAsync(id, (ReportJobRequest)job.Args[1], CancellationToken.None);

        status = JsonDocument.Parse(await client.GetStringAsync(url + "/status")).RootElement;
        Assert.Equal("done", status.GetProperty("status").GetString());
        Assert.Equal(100, status.GetProperty("percent").GetInt32());
        var done = await client.GetStringAsync(url);
        Assert.Contains("作成が終わりました", done);
        Assert.Contains($"href=\"/summaries/reports/jobs/{id}/file\"", done);
        var file = await client.GetAsync(url + "/file");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        var title = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Status == RoundStatus.ResultsPublished).Select(r => r.Title).FirstAsync());
        var text = PdfText.Squash(await PdfText.ExtractAsync(await file.Content.ReadAsByteArrayAsync()));
        Assert.Contains("期間別報告書", text);
        Assert.Contains(PdfText.Squash(title), text);
        // Once rendered, the same report is sent at once from the cache.
        Assert.Equal("application/pdf", (await client.GetAsync(report)).Content.Headers.ContentType!.MediaType);

        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync(url + "/file")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/summaries/reports/jobs/0123456789abcdef01234567")).StatusCode);
    }

    [Fact]
    public async Task Committee_applicants_by_age_band_are_shown_with_small_groups_combined()
    {
        var bands = await factory.WithDbAsync(db => db.Set<Application>().AsNoTracking().GroupBy(a => a.AgeBand)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        var expected = SmallCells.Suppress(bands.Select(b => new StatisticRow("Committees", "committees.applications", "x", b.Count, "age", b.Key)));
        var client = await CouncillorAsync();
        var html = await client.GetStringAsync("/summaries");
        Assert.Contains("委員応募者数", html);
        Assert.Contains($"<span class=\"num\">{bands.Sum(b => b.Count):N0}</span>", html);
        foreach (var row in expected.Where(r => r.DimensionValue != SmallCells.MergedValue))
            Assert.Contains($"<td>{row.DimensionValue}</td><td class=\"num\">{row.Value:N0}</td>", html);
        foreach (var small in bands.Where(b => b.Count < SmallCells.Threshold))
            Assert.DoesNotContain($"<td>{small.Key}</td>", html);

        // Exports and open data carry the same suppressed cells.
        var csv = System.Text.Encoding.UTF8.GetString(await client.GetByteArrayAsync("/summaries/statistics.csv"));
        foreach (var small in bands.Where(b => b.Count < SmallCells.Threshold))
            Assert.DoesNotContain($",年代,{small.Key},", csv);
        var open = await factory.CreateBrowserClient().GetStringAsync("/opendata/participation.csv");
        foreach (var small in bands.Where(b => b.Count < SmallCells.Threshold))
            Assert.DoesNotContain($",{small.Key},{small.Count}", open);
    }

    /// <summary>The demo's open round carries a やさしい日本語 summary, shown in its labelled box (#10).</summary>
    [Fact]
    public async Task The_open_demo_round_shows_its_easy_japanese_summary()
    {
        var roundId = await factory.WithDbAsync(db => db.Set<ConsultationRound>()
            .Where(r => r.Title == Participation.Consultations.Recipes.DemoEasyJapaneseStep.RoundTitle).Select(r => r.Id).FirstAsync());
        var html = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{roundId}");
        Assert.Contains("やさしい にほんご", html);
        Assert.Contains("家の近くにバス停がない地域もあります。", html);
    }
}
