using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Statistics;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>A module's figures as the councillor dashboard shows and exports them.</summary>
public sealed class SummariesTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private sealed class FixedStatistics : IStatisticsProvider
    {
        public Task<IReadOnlyList<StatisticRow>> GetAsync(StatisticsQuery query, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<StatisticRow>>(
            [
                new("Consultations", "test.submissions", "Summaries.Module.Consultations", query.WardId is null ? 120 : 7),
                new("Consultations", "test.submissions", "Summaries.Module.Consultations", 80, "channel", "web"),
                new("Consultations", "test.submissions", "Summaries.Module.Consultations", 40, "channel", "=fax"),
            ]);
    }

    private HttpClient Client() => factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStatisticsProvider, FixedStatistics>()))
        .CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Councillor_sees_the_figures_of_every_module()
    {
        var client = Client();
        await client.SignInAsync("councillor@demo.example");
        var html = await client.GetStringAsync("/summaries");
        Assert.Contains("議員向け概要", html);
        Assert.Contains("120", html);
        Assert.Contains("提出方法", html);
    }

    [Fact]
    public async Task Residents_cannot_see_summaries()
    {
        var client = Client();
        await client.SignInAsync("resident@demo.example");
        var response = await client.GetAsync("/summaries");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Csv_has_a_bom_and_neutralises_formulas()
    {
        var client = Client();
        await client.SignInAsync("councillor@demo.example");
        var bytes = await client.GetByteArrayAsync("/summaries/statistics.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("提出方法,web,80", text);
        Assert.Contains("'=fax", text);
    }

    [Fact]
    public async Task Csv_in_shift_jis_for_older_excel()
    {
        var client = Client();
        await client.SignInAsync("councillor@demo.example");
        var bytes = await client.GetByteArrayAsync("/summaries/statistics.csv?encoding=shift_jis");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Contains("提出方法", Encoding.GetEncoding(932).GetString(bytes));
    }

    [Fact]
    public async Task Xlsx_opens_and_holds_the_figures()
    {
        var client = Client();
        await client.SignInAsync("councillor@demo.example");
        var bytes = await client.GetByteArrayAsync("/summaries/statistics.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("集計", sheet.Name);
        var figures = sheet.RowsUsed().Skip(1).Select(r => (Module: r.Cell(1).GetString(), Dimension: r.Cell(4).GetString(), Count: r.Cell(5).GetDouble())).ToList();
        Assert.Contains(("Consultations", "", 120d), figures);
        Assert.Contains(("Consultations", "web", 80d), figures);
    }
}
