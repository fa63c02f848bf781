using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>The per-round report for councillors: PDF, XLSX and CSV hold the figures and answers, never personal data.</summary>
public sealed class RoundReportTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private sealed record Facts(int RoundId, string Title, int Submissions, int Opinions, int Fax, List<string> Answers, List<string> Summaries,
        List<string> Names, List<string> Emails, List<string> Receipts);

    private Task<Facts> PublishedRoundAsync() => factory.WithDbAsync(async db =>
    {
        var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Status == RoundStatus.ResultsPublished);
        var subs = await db.Set<Submission>().Where(s => s.RoundId == round.Id && s.Status == SubmissionStatus.Active).ToListAsync();
        var ids = subs.Select(s => s.Id).ToList();
        var opinions = await db.Set<Opinion>().CountAsync(o => ids.Contains(o.SubmissionId));
        var groups = await db.Set<OpinionGroup>().Where(g => g.RoundId == round.Id).ToListAsync();
        var contacts = await db.Set<SubmitterContact>().Where(c => ids.Contains(c.SubmissionId)).ToListAsync();
        return new Facts(round.Id, round.Title, subs.Count, opinions, subs.Count(s => s.Channel == Channel.Fax),
            groups.Select(g => g.Answer!).ToList(), groups.Select(g => g.Summary).ToList(),
            contacts.Select(c => c.Name).OfType<string>().Where(n => n.Length >= 3).ToList(),
            contacts.Select(c => c.Email).OfType<string>().ToList(), subs.Select(s => s.ReceiptNumber).ToList());
    });

    private async Task<HttpClient> CouncillorAsync()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("councillor@demo.example");
        return client;
    }

    [Fact]
    public async Task Councillor_downloads_a_round_report_pdf_with_figures_and_answers_but_no_personal_data()
    {
        var facts = await PublishedRoundAsync();
        var client = await CouncillorAsync();
        var response = await client.GetAsync($"/summaries/rounds/{facts.RoundId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync());
        var flat = PdfText.Squash(text);
        foreach (var heading in new[] { "目次", "概要", "提出方法別の件数", "提出者の区分別の件数", "区別の件数", "項目別の意見数", "意見と考え方", "反映区分", "市の考え方" })
            Assert.Contains(heading, flat);
        Assert.Contains(PdfText.Squash(facts.Title), flat);
        Assert.Contains($"提出者数{facts.Submissions:N0}", flat);
        Assert.Contains($"意見数{facts.Opinions:N0}", flat);
        Assert.Contains($"FAX{facts.Fax}", flat);
        foreach (var answer in facts.Answers) Assert.Contains(PdfText.Squash(answer), flat);
        Assert.Matches(@"作成日(令和|平成)\S*年\d+月\d+日", flat);
        Assert.Matches(@"\b2 / \d+", text);
        foreach (var name in facts.Names) Assert.DoesNotContain(PdfText.Squash(name), flat);
        foreach (var email in facts.Emails) Assert.DoesNotContain(email, text);
        foreach (var receipt in facts.Receipts) Assert.DoesNotContain(receipt, text);
    }

    [Fact]
    public async Task Second_download_is_served_from_the_cache_with_the_same_bytes()
    {
        var facts = await PublishedRoundAsync();
        var client = await CouncillorAsync();
        var first = await client.GetByteArrayAsync($"/summaries/rounds/{facts.RoundId}/report.pdf");
        var second = await client.GetByteArrayAsync($"/summaries/rounds/{facts.RoundId}/report.pdf");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Round_report_page_and_xlsx_show_the_same_counts()
    {
        var facts = await PublishedRoundAsync();
        var client = await CouncillorAsync();
        var html = await client.GetStringAsync($"/summaries/rounds/{facts.RoundId}");
        Assert.Contains(facts.Title, html);
        Assert.Contains($"href=\"/summaries/rounds/{facts.RoundId}/report.pdf\"", html);
        Assert.Contains(facts.Answers[0], html);

        var bytes = await client.GetByteArrayAsync($"/summaries/rounds/{facts.RoundId}/report.xlsx");
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var counts = workbook.Worksheet("件数");
        Assert.Equal("合計", counts.Cell(2, 2).GetString());
        Assert.Equal(facts.Submissions, counts.Cell(2, 3).GetValue<int>());
        Assert.Equal(facts.Opinions, counts.Cell(2, 4).GetValue<int>());
        var opinions = workbook.Worksheet("意見と考え方");
        Assert.Equal(facts.Summaries.Count + 1, opinions.LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task Opinions_csv_in_shift_jis_decodes_with_the_answers()
    {
        var facts = await PublishedRoundAsync();
        var client = await CouncillorAsync();
        var bytes = await client.GetByteArrayAsync($"/summaries/rounds/{facts.RoundId}/opinions.csv?encoding=shift_jis");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(932).GetString(bytes);
        Assert.StartsWith("項目,意見の要旨,件数,市の考え方,反映区分", text);
        Assert.Contains(facts.Summaries[0], text);
        var utf8 = await client.GetByteArrayAsync($"/summaries/rounds/{facts.RoundId}/report.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, utf8[..3]);
        Assert.Contains($"概要,合計,{facts.Submissions},{facts.Opinions}", Encoding.UTF8.GetString(utf8));
    }

    [Fact]
    public async Task Ward_and_period_reports_are_pdfs_with_their_rounds()
    {
        var facts = await PublishedRoundAsync();
        var wardId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == facts.RoundId).Select(r => r.WardId!.Value).FirstAsync());
        var client = await CouncillorAsync();
        var ward = PdfText.Squash(await PdfText.ExtractAsync(await client.GetByteArrayAsync($"/summaries/wards/{wardId}/report.pdf")));
        Assert.Contains("区別報告書", ward);
        Assert.Contains(PdfText.Squash(facts.Title), ward);
        Assert.Contains("月別の提出者数の推移", ward);
        var period = PdfText.Squash(await PdfText.ExtractAsync(await client.GetByteArrayAsync("/summaries/period/report.pdf?from=2020-01-01&to=2030-12-31")));
        Assert.Contains("期間別報告書", period);
        Assert.Contains(PdfText.Squash(facts.Title), period);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/summaries/wards/99999/report.pdf")).StatusCode);
    }

    [Fact]
    public async Task Residents_and_ward_staff_cannot_download_reports()
    {
        var facts = await PublishedRoundAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("resident@demo.example");
        var response = await client.GetAsync($"/summaries/rounds/{facts.RoundId}/report.pdf");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        var anonymous = factory.CreateBrowserClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/summaries/rounds/{facts.RoundId}/report.xlsx")).StatusCode);
    }
}
