using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

public sealed class LifecycleDraftRevisionTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    [Fact]
    public async Task Staff_publish_a_revised_draft_after_the_round_and_the_public_sees_a_per_section_diff()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "改定を公表する意見募集");
        var revised = RoundSetupForms.Markdown.Replace("遊具を更新します。", "遊具を計画的に更新します。") + "\n## 推進体制\n\n区民と協働します。\n";

        // While the round is open, the draft cannot be revised.
        var early = await admin.PostFormAsync($"/staff/rounds/{id}/draft/revise", $"/staff/rounds/{id}/draft/revise", ("markdown", revised), ("changeNote", "意見を踏まえ修正"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("締切後", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));

        await factory.WithDbAsync(async db =>
        {
            var round = await db.Set<ConsultationRound>().FirstAsync(r => r.Id == id);
            round.ClosesAt = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
            return await db.SaveChangesAsync();
        });
        var empty = await admin.PostFormAsync($"/staff/rounds/{id}/draft/revise", $"/staff/rounds/{id}/draft/revise", ("markdown", ""), ("changeNote", "空の案"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("空の案", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var kita = factory.CreateBrowserClient();
        await kita.SignInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/staff/rounds/{id}/draft/revise")).StatusCode);

        var publish = await admin.PostFormAsync($"/staff/rounds/{id}/draft/revise", $"/staff/rounds/{id}/draft/revise", ("markdown", revised), ("changeNote", "意見を踏まえ修正"));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal($"/rounds/{id}/changes", publish.Headers.Location!.ToString());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == id).Select(r => r.FinalDraftVersion).FirstAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "draft.revised" && a.EntityId == id.ToString())));

        var page = await factory.CreateClient().GetStringAsync($"/rounds/{id}/changes");
        Assert.Contains("遊具を<ins><span class=\"visually-hidden\">［追加：</span>計画的に<span class=\"visually-hidden\">］</span></ins>更新します。", page);
        Assert.Contains("id=\"section-3\"", page);
        Assert.Contains("区民と協働します。", page);
        Assert.Contains("変更なし", page);
        Assert.Contains("意見を踏まえ修正", page);
        Assert.DoesNotContain("<script", page.Replace("<script src=", ""));
        Assert.Contains($"/rounds/{id}/changes", await factory.CreateClient().GetStringAsync($"/rounds/{id}"));
    }
}
