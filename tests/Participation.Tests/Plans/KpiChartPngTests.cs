using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Plans.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Plans;

/// <summary>KPI charts as PNG (ScottPlot) beside the SVG, with the same text alternative.</summary>
public sealed class KpiChartPngTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Measure_page_links_a_png_chart_with_alt_text_and_the_png_is_an_image()
    {
        var kpi = await factory.WithDbAsync(db => db.Set<Kpi>().OrderBy(k => k.Id).FirstAsync());
        var client = factory.CreateBrowserClient();
        var html = await client.GetStringAsync($"/plans/measures/{kpi.MeasureId}");
        var src = $"/plans/measures/{kpi.MeasureId}/kpis/{kpi.Id}.png";
        Assert.Contains($"src=\"{src}\"", html);
        Assert.Matches("<img src=\"" + System.Text.RegularExpressions.Regex.Escape(src) + "\" alt=\"[^\"]+\"", html);

        var response = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/plans/measures/{kpi.MeasureId}/kpis/999999.png")).StatusCode);
    }
}
