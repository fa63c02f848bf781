using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>
/// Summaries only ever show redacted text: an opinion group whose summary, answer and unreviewed opinion carry a
/// name, phone and e-mail appears in the report page, CSV and PDF with masks only.
/// </summary>
public sealed class SummariesRedactionTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private static readonly string[] Personal = ["090-4321-8765", "kenji.tanaka@example.jp", "田中健二"];

    private Task<int> RoundWithPersonalDataAsync() => factory.WithDbAsync(async db =>
    {
        var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Status == RoundStatus.ResultsPublished);
        var submission = await db.Set<Submission>().FirstAsync(s => s.RoundId == round.Id && s.Status == SubmissionStatus.Active);
        var group = new OpinionGroup
        {
            RoundId = round.Id, Summary = "田中健二と申します。電話090-4321-8765の件", Answer = "kenji.tanaka@example.jp へ回答済みです。", Order = -1,
        };
        db.Add(group);
        await db.SaveChangesAsync();
        db.Add(new Opinion
        {
            SubmissionId = submission.Id, RoundId = round.Id, GroupId = group.Id, Order = 99,
            Text = "田中健二と申します。連絡先は090-4321-8765、kenji.tanaka@example.jp です。公園を増やしてください。",
        });
        await db.SaveChangesAsync();
        return round.Id;
    });

    [Fact]
    public async Task Report_page_csv_and_pdf_show_masks_never_the_personal_data()
    {
        var roundId = await RoundWithPersonalDataAsync();
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("councillor@demo.example");

        var page = await client.GetStringAsync($"/summaries/rounds/{roundId}");
        Assert.Contains("［氏名］と申します。電話［電話番号］の件", page);
        Assert.Contains("［メール］ へ回答済みです。", page);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/summaries/rounds/{roundId}/opinions.csv"));
        Assert.Contains("［電話番号］", csv);
        var pdfResponse = await client.GetAsync($"/summaries/rounds/{roundId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdfResponse.StatusCode);
        var pdf = PdfText.Squash(await PdfText.ExtractAsync(await pdfResponse.Content.ReadAsByteArrayAsync()));
        Assert.Contains("公園を増やしてください", pdf);

        foreach (var item in Personal)
        {
            Assert.DoesNotContain(item, page);
            Assert.DoesNotContain(item, csv);
            Assert.DoesNotContain(PdfText.Squash(item), pdf);
        }
    }
}
