using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Text;
using Participation.Core.Time;
using Participation.Tests.Consultations.Lifecycle;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.FollowUp;

/// <summary>Extending an open round (reason, audit, public notice, the minimum period) and deleting a round in preparation.</summary>
public sealed class RoundDeadlineTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    private Task<ConsultationRound> RoundAsync(int id) => factory.WithDbAsync(db => db.Set<ConsultationRound>().AsNoTracking().FirstAsync(r => r.Id == id));

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient staff, int id, string af, string closesAt, string reason, string shortReason = "") =>
        PostAsync(staff, $"/staff/rounds/{id}/deadline", af, ("ClosesAt", closesAt), ("Reason", reason), ("ShortPeriodReason", shortReason));

    [Fact]
    public async Task An_open_round_is_extended_with_a_reason_shown_publicly_and_takes_submissions_until_the_new_date()
    {
        var admin = await SignedInAsync(factory, Admin);
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "延長する意見募集（案）");
        var before = await RoundAsync(id);
        var (page, af, _, _) = await OpenAsync(admin, $"/staff/rounds/{id}/deadline");
        Assert.Contains("締切の変更", page);
        var later = RoundSetupForms.Tokyo(before.ClosesAt.AddDays(14));

        // No reason: refused, with what was typed kept.
        var noReason = await ChangeAsync(admin, id, af, later, "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("変更の理由を記入してください。", noReasonHtml);
        Assert.Contains($"value=\"{later}\"", noReasonHtml);
        // A date in the past, or nonsense, is refused.
        Assert.Contains("新しい締切は現在より後の日時にしてください。",
            await (await ChangeAsync(admin, id, af, RoundSetupForms.Tokyo(factory.Clock.GetUtcNow().UtcDateTime.AddHours(-2)), "説明会の追加")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await ChangeAsync(admin, id, af, "来週", "説明会の追加")).StatusCode);
        // Shortening below the 30-day minimum needs a recorded reason for the short period.
        var shorter = RoundSetupForms.Tokyo(before.OpensAt.AddDays(10));
        var tooShort = await ChangeAsync(admin, id, af, shorter, "日程の見直し");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("募集期間が30日未満です。短くする理由を記入してください。", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(before.ClosesAt, (await RoundAsync(id)).ClosesAt);

        var extended = await ChangeAsync(admin, id, af, later, "説明会を追加で開催するため");
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        var after = await RoundAsync(id);
        Assert.Equal(before.ClosesAt.AddDays(14), after.ClosesAt);
        var change = await factory.WithDbAsync(db => db.Set<RoundDeadlineChange>().SingleAsync(c => c.RoundId == id));
        Assert.Equal(before.ClosesAt, change.PreviousClosesAt);
        Assert.Equal("説明会を追加で開催するため", change.Reason);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().SingleAsync(a => a.Action == "round.deadline-changed" && a.EntityId == id.ToString()));
        Assert.EndsWith("extended", audit.Details);

        // The public page tells everyone: the new date, the old one, and why.
        var publicPage = await factory.CreateClient().GetStringAsync($"/rounds/{id}");
        Assert.Contains("募集期間の変更のお知らせ", publicPage);
        Assert.Contains("説明会を追加で開催するため", publicPage);
        Assert.Contains(JapaneseDate.ToWareki(DateOnly.FromDateTime(TokyoTime.ToTokyo(after.ClosesAt))), publicPage);

        // After the original deadline, submissions are still taken until the new one.
        factory.Clock.Advance(before.ClosesAt - factory.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromDays(1));
        var body = """{"category":"resident","name":"延長 花子","opinions":[{"section":"general","text":"延長に感謝します。"}]}""";
        var late = await factory.CreateClient().PostAsync($"/api/rounds/{id}/submissions", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
    }

    [Fact]
    public async Task Only_open_rounds_of_ones_own_ward_can_have_their_deadline_changed()
    {
        var admin = await SignedInAsync(factory, Admin);
        var open = await SubmissionLinks.OpenRoundAsync(factory, admin, "権限を確かめる意見募集（案）");
        var kita = await SignedInAsync(factory, Kita);
        // A city-wide round: ward staff may enter paper for it, not change its period.
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/staff/rounds/{open}/deadline")).StatusCode);
        var (_, kaf, _, _) = await OpenAsync(kita, "/staff/rounds");
        Assert.Equal(HttpStatusCode.Forbidden, (await ChangeAsync(kita, open, kaf, "2099-01-01T17:00", "理由")).StatusCode);

        // Before it opens, the period is edited in the settings instead.
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var preparing = await RoundSetupForms.CreateAsync(admin, RoundSetupForms.Fields(null, now.AddDays(5), 30, title: "準備中の意見募集（案）"));
        var (_, af, _, _) = await OpenAsync(admin, "/staff/rounds");
        var refused = await ChangeAsync(admin, preparing, af, RoundSetupForms.Tokyo(now.AddDays(60)), "延長");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("締切を変更できるのは募集中の意見募集だけです", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/staff/rounds/999999/deadline")).StatusCode);
    }

    [Fact]
    public async Task A_round_in_preparation_without_submissions_can_be_deleted_others_cannot()
    {
        var chuoWard = await factory.WardIdAsync("中央区");
        var chuo = await SignedInAsync(factory, Chuo);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var id = await RoundSetupForms.CreateAsync(chuo, RoundSetupForms.Fields(chuoWard, now.AddDays(5), 30, title: "作り直す意見募集（案）"));

        // Another ward's staff cannot.
        var kita = await SignedInAsync(factory, Kita);
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/staff/rounds/{id}/delete")).StatusCode);
        var (_, kaf, _, _) = await OpenAsync(kita, "/staff/rounds");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(kita, $"/staff/rounds/{id}/delete", kaf)).StatusCode);

        var (page, af, _, _) = await OpenAsync(chuo, $"/staff/rounds/{id}/delete");
        Assert.Contains("作り直す意見募集（案）", page);
        var deleted = await PostAsync(chuo, $"/staff/rounds/{id}/delete", af);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/staff/rounds", deleted.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Set<ConsultationRound>().AnyAsync(r => r.Id == id)));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "round.deleted" && a.EntityId == id.ToString())));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(chuo, $"/staff/rounds/{id}/delete", af)).StatusCode);

        // An open round with a submission stays.
        var admin = await SignedInAsync(factory, Admin);
        var open = await SubmissionLinks.OpenRoundAsync(factory, admin, "残る意見募集（案）");
        await SubmissionLinks.SubmitAsync(factory, open, "nokoru@example.jp", "この意見は残ります。");
        var confirm = await admin.GetAsync($"/staff/rounds/{open}/delete");
        Assert.Equal(HttpStatusCode.Conflict, confirm.StatusCode);
        Assert.Contains("削除できるのは、予告前（準備中）で提出が1件もない意見募集だけです。", await confirm.Content.ReadAsStringAsync());
        var (_, aaf, _, _) = await OpenAsync(admin, "/staff/rounds");
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(admin, $"/staff/rounds/{open}/delete", aaf)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<ConsultationRound>().AnyAsync(r => r.Id == open)));
    }
}
