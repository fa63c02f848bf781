using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>The paper path (#10): a printable form per round, linked from the round's page.</summary>
public sealed class PaperFormTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Open_round_has_a_printable_form_with_its_questions_return_route_and_purpose_notice()
    {
        var round = await factory.WithDbAsync(db => db.Set<ConsultationRound>().FirstAsync(r => r.Status == RoundStatus.Open));
        var client = factory.CreateBrowserClient();
        var page = await client.GetStringAsync($"/rounds/{round.Id}");
        Assert.Contains($"href=\"/rounds/{round.Id}/form.pdf\"", page);

        var response = await client.GetAsync($"/rounds/{round.Id}/form.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Squash(await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("意見提出用紙", text);
        Assert.Contains(PdfText.Squash(round.Title), text);
        Assert.Contains("提出者の区分", text);
        Assert.Contains("氏名（必須）", text);
        Assert.Contains("全体について", text);
        Assert.Contains(PdfText.Squash(round.SubmitTo!), text);
        Assert.Contains(PdfText.Squash(round.PurposeNotice), text);
        Assert.Matches("提出期限：令和\\d+年\\d+月\\d+日", text);
    }

    [Fact]
    public async Task Unknown_round_has_no_form()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/rounds/99999/form.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
