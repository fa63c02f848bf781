using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Plans.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Plans;

/// <summary>The KPI export in Shift_JIS for older Excel decodes to the same Japanese columns and values.</summary>
public sealed class KpiShiftJisTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Kpi_csv_in_shift_jis_decodes_with_the_japanese_headers_and_kpi_names()
    {
        var (planId, kpiName) = await factory.WithDbAsync(async db =>
        {
            var kpi = await db.Set<Kpi>().OrderBy(k => k.Id).FirstAsync();
            var measure = await db.Set<PlanMeasure>().FirstAsync(m => m.Id == kpi.MeasureId);
            return (measure.PlanId, kpi.Name);
        });
        var client = factory.CreateBrowserClient();
        var response = await client.GetAsync($"/plans/{planId}/kpis.csv?encoding=shift_jis");
        Assert.Contains("shift_jis", response.Content.Headers.ContentType!.CharSet!, StringComparison.OrdinalIgnoreCase);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEqual(0xEF, bytes[0]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(932).GetString(bytes);
        Assert.StartsWith("指標ID,施策コード,施策名,指標名,単位,年度,実績値", text);
        Assert.Contains(kpiName, text);
    }
}
