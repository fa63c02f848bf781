using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations;

public sealed class ResultsExportTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private async Task<List<string>> PersonalValuesAsync(int roundId) =>
        await factory.WithDbAsync(async db =>
        {
            var contacts = await (from c in db.Set<SubmitterContact>() join s in db.Set<Submission>() on c.SubmissionId equals s.Id
                                  where s.RoundId == roundId select c).ToListAsync();
            return contacts.SelectMany(c => new[] { c.Email, c.Address, c.Phone }).Where(v => v != null).Select(v => v!).ToList();
        });

    [Fact]
    public async Task Csv_has_bom_answers_and_no_personal_data()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.ResultsPublished);
        var response = await factory.CreateClient().GetAsync($"/rounds/{id}/results.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("考え方", text);
        Assert.Contains("背景に日陰と休憩場所の不足を追記", text);
        Assert.Contains("A：反映する", text);
        foreach (var value in await PersonalValuesAsync(id)) Assert.DoesNotContain(value, text);
        Assert.DoesNotContain("090-0000-", text);
        Assert.DoesNotContain("@example.jp", text);
    }

    [Fact]
    public async Task Xlsx_is_a_workbook_with_answers_and_no_personal_data()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.ResultsPublished);
        var response = await factory.CreateClient().GetAsync($"/rounds/{id}/results.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var cells = book.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.Contains(cells, c => c.Contains("背景に日陰と休憩場所の不足を追記"));
        Assert.Contains("提出方法", cells);
        var all = string.Join("\n", cells);
        foreach (var value in await PersonalValuesAsync(id)) Assert.DoesNotContain(value, all);
        Assert.DoesNotContain("@example.jp", all);
    }

    [Fact]
    public async Task Pdf_is_a_pdf_file()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.ResultsPublished);
        var response = await factory.CreateClient().GetAsync($"/rounds/{id}/results.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
    }

    [Fact]
    public async Task Exports_of_unpublished_rounds_are_404()
    {
        var id = await RoundIds.OfAsync(factory, RoundStatus.Closed);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/rounds/{id}/results.csv")).StatusCode);
    }
}
