using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Text;
using Participation.Drafts.Models;
using Participation.Tests.Consultations;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Me;

public sealed class EasyJapaneseAndFuriganaPageTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Staff_attach_an_easy_japanese_summary_shown_in_a_labelled_box_on_the_round_page()
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var draftId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == roundId).Select(r => r.DraftId).SingleAsync());
        var staff = factory.CreateBrowserClient();
        await staff.SignInAsync("admin@demo.example");
        var saved = await staff.PostFormAsync($"/drafts/{draftId}/easy-japanese", $"/drafts/{draftId}/easy-japanese",
            ("Input.Text", "バスの ねだん が かわります。\n\nいけん を おくって ください。"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await factory.CreateBrowserClient().GetStringAsync($"/rounds/{roundId}");
        Assert.Contains("やさしい にほんご の せつめい", page);
        Assert.Contains("<p>バスの ねだん が かわります。</p>", page);
        Assert.Contains("aria-labelledby=\"easy-japanese-h\"", page);

        var tooLong = await staff.PostFormAsync($"/drafts/{draftId}/easy-japanese", $"/drafts/{draftId}/easy-japanese",
            ("Input.Text", new string('あ', EasyJapaneseSummary.MaxLength + 1)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);

        // A resident cannot edit it.
        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var denied = await resident.GetAsync($"/drafts/{draftId}/easy-japanese");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
    }

    [Fact]
    public async Task Furigana_switch_adds_ruby_to_the_round_page_without_breaking_forms()
    {
        var roundId = await RoundIds.OfAsync(factory, RoundStatus.Open);
        var client = factory.CreateBrowserClient();
        var before = await client.GetStringAsync($"/rounds/{roundId}");
        Assert.DoesNotContain("<ruby>", before);
        var on = await client.PostFormAsync($"/rounds/{roundId}", "/preferences/furigana", ("mode", "on"), ("returnUrl", $"/rounds/{roundId}"));
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        var after = await client.GetStringAsync($"/rounds/{roundId}");
        if (MeCab.IsAvailable)
        {
            Assert.Contains("<ruby>", after);
            Assert.Contains("<rt>", after);
        }
        // Forms still carry their tokens untouched, so the switch can be turned off again.
        var off = await client.PostFormAsync($"/rounds/{roundId}", "/preferences/furigana", ("mode", "off"), ("returnUrl", $"/rounds/{roundId}"));
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.DoesNotContain("<ruby>", await client.GetStringAsync($"/rounds/{roundId}"));
    }
}
