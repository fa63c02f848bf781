using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.Staff;

/// <summary>Grouping, answers, 反映区分, concurrency and redaction review on the open city-wide demo round (administrator).</summary>
public sealed class StaffResultsTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private async Task<List<int>> UngroupedAsync(int round, string section, int take) =>
        await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.RoundId == round && o.GroupId == null && o.Section == section)
            .OrderBy(o => o.Id).Select(o => o.Id).Take(take).ToListAsync());

    private async Task<int> CreateGroupAsync(HttpClient client, int round, string summary, IEnumerable<int> opinions)
    {
        var (_, af, _, _) = await OpenAsync(client, $"/staff/rounds/{round}/groups");
        var fields = opinions.Select(id => ("opinionIds", id.ToString())).Prepend(("summary", summary)).Prepend(("section", "general")).ToArray();
        var response = await PostAsync(client, $"/staff/rounds/{round}/groups", af, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    [Fact]
    public async Task Staff_group_opinions_and_write_the_answer_reflection_and_changed_sections()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var ids = await UngroupedAsync(open, "section-2", 3);
        var groupId = await CreateGroupAsync(admin, open, "バスの増便を求める意見", ids);

        var (html, af, _, version) = await OpenAsync(admin, $"/staff/rounds/{open}/groups/{groupId}");
        Assert.Contains("バスの増便を求める意見", html);
        Assert.Contains("A：反映する（案を修正）", html);
        var saved = await PostAsync(admin, $"/staff/rounds/{open}/groups/{groupId}", af, ("Version", version!.Value.ToString()),
            ("Summary", "バスの増便を求める意見"), ("Answer", "ご意見を踏まえ、朝夕の増便を計画に明記しました。"), ("Reflection", "A"),
            ("ChangedSections", "section-2"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var group = await factory.WithDbAsync(db => db.Set<OpinionGroup>().FirstAsync(g => g.Id == groupId));
        Assert.Equal("ご意見を踏まえ、朝夕の増便を計画に明記しました。", group.Answer);
        Assert.Equal("A", group.Reflection);
        Assert.Equal("section-2", group.ChangedSections);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.GroupId == groupId)));

        // An unknown 反映区分 is refused with a message, keeping the typed answer.
        (_, af, _, version) = await OpenAsync(admin, $"/staff/rounds/{open}/groups/{groupId}");
        var bad = await PostAsync(admin, $"/staff/rounds/{open}/groups/{groupId}", af, ("Version", version!.Value.ToString()),
            ("Summary", "バスの増便を求める意見"), ("Answer", "入力途中の考え方"), ("Reflection", "Z"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("反映区分を一覧から選んでください。", badHtml);
        Assert.Contains("入力途中の考え方", badHtml);

        // Remove one opinion, then merge a second group into this one.
        var removed = await PostAsync(admin, $"/staff/rounds/{open}/groups/{groupId}/remove", af, ("opinionIds", ids[0].ToString()));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var other = await CreateGroupAsync(admin, open, "同趣旨の意見", [ids[0]]);
        var merged = await PostAsync(admin, $"/staff/rounds/{open}/groups/{groupId}/merge", af, ("sourceId", other.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.GroupId == groupId)));
        Assert.False(await factory.WithDbAsync(db => db.Set<OpinionGroup>().AnyAsync(g => g.Id == other)));
    }

    [Fact]
    public async Task A_second_editor_on_an_old_version_gets_a_conflict_and_keeps_the_text()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var first = await SignedInAsync(factory, Admin);
        var second = await SignedInAsync(factory, Admin);
        var groupId = await CreateGroupAsync(first, open, "同時編集のグループ", await UngroupedAsync(open, "general", 1));
        var a = await OpenAsync(first, $"/staff/rounds/{open}/groups/{groupId}");
        var b = await OpenAsync(second, $"/staff/rounds/{open}/groups/{groupId}");
        Assert.Equal(a.Version, b.Version);

        var ok = await PostAsync(first, $"/staff/rounds/{open}/groups/{groupId}", a.Antiforgery, ("Version", a.Version!.Value.ToString()),
            ("Summary", "同時編集のグループ"), ("Answer", "先に保存した考え方"), ("Reflection", "B"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var late = await PostAsync(second, $"/staff/rounds/{open}/groups/{groupId}", b.Antiforgery, ("Version", b.Version!.Value.ToString()),
            ("Summary", "同時編集のグループ"), ("Answer", "後から保存しようとした考え方"), ("Reflection", "C"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("別の職員がこの内容を変更しました", html);
        Assert.Contains("後から保存しようとした考え方", html);
        Assert.Contains("先に保存した考え方", html);
        Assert.Equal("先に保存した考え方", await factory.WithDbAsync(db => db.Set<OpinionGroup>().Where(g => g.Id == groupId).Select(g => g.Answer).FirstAsync()));
    }

    [Fact]
    public async Task Split_turns_one_opinion_into_several()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var id = (await UngroupedAsync(open, "section-3", 1))[0];
        var submission = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Id == id).Select(o => o.SubmissionId).FirstAsync());
        var before = await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.SubmissionId == submission));
        var (_, af, _, version) = await OpenAsync(admin, $"/staff/rounds/{open}/opinions/{id}/split");
        var response = await PostAsync(admin, $"/staff/rounds/{open}/opinions/{id}/split", af, ("Version", version!.Value.ToString()),
            ("Pieces[0].Section", "section-3"), ("Pieces[0].Text", "前半の論点です。"),
            ("Pieces[1].Section", "general"), ("Pieces[1].Text", "後半の別の論点です。"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Set<Opinion>().CountAsync(o => o.SubmissionId == submission)));
        Assert.Equal("前半の論点です。", await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Id == id).Select(o => o.Text).FirstAsync()));
    }

    [Fact]
    public async Task Redaction_review_highlights_masks_accepts_edits_and_withholds_with_a_reason()
    {
        var open = await RoundAsync(factory, RoundStatus.Open);
        var admin = await SignedInAsync(factory, Admin);
        var (_, paf, token, _) = await OpenAsync(admin, $"/staff/rounds/{open}/submissions/new");
        const string text = "電話は03-1234-5678、メールはyamada.taro@example.jpまでご連絡ください。停留所に屋根を付けてください。";
        await PostAsync(admin, $"/staff/rounds/{open}/submissions/new", paf, ("FormToken", token!), ("Channel", "Phone"), ("ReceivedOn", Today()),
            ("Category", "Resident"), ("Opinions[0].Section", "general"), ("Opinions[0].Text", text));
        var id = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Text == text).Select(o => o.Id).FirstAsync());

        var (list, af, _, _) = await OpenAsync(admin, $"/staff/rounds/{open}/redaction?state=pending");
        Assert.Contains("未処理の意見をすべて自動で伏せ字にする", list);
        var redacted = await PostAsync(admin, $"/staff/rounds/{open}/redaction/redact-pending", af);
        Assert.Equal(HttpStatusCode.Redirect, redacted.StatusCode);
        var published = await factory.WithDbAsync(db => db.Set<Opinion>().Where(o => o.Id == id).Select(o => o.PublishedText).FirstAsync());
        Assert.Contains("［電話番号］", published);
        Assert.Contains("［メール］", published);
        Assert.DoesNotContain("03-1234-5678", published);

        var (page, iaf, _, version) = await OpenAsync(admin, $"/staff/rounds/{open}/redaction/{id}");
        Assert.Contains("<mark class=\"pii\">03-1234-5678", page);
        Assert.Contains("<mark class=\"mask\">［電話番号］", page);

        var edited = "電話は［電話番号］、メールは［メール］までご連絡ください。停留所に屋根を付けてください。（確認済み）";
        var save = await PostAsync(admin, $"/staff/rounds/{open}/redaction/{id}", iaf, ("Decision", "edit"), ("PublishedText", edited), ("Version", version!.Value.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var opinion = await factory.WithDbAsync(db => db.Set<Opinion>().FirstAsync(o => o.Id == id));
        Assert.True(opinion.RedactionReviewed);
        Assert.Equal(edited, opinion.PublishedText);

        // Withholding needs a reason; without one the page says so and keeps the typed text.
        var noReason = await PostAsync(admin, $"/staff/rounds/{open}/redaction/{id}", iaf, ("Decision", "withhold"), ("Reason", ""),
            ("PublishedText", "手元で直した文"), ("Version", opinion.Version.ToString()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var noReasonHtml = await noReason.Content.ReadAsStringAsync();
        Assert.Contains("非公表にする理由を入力してください。", noReasonHtml);
        Assert.Contains("手元で直した文", noReasonHtml);

        // A stale version is a conflict, not a silent overwrite.
        var stale = await PostAsync(admin, $"/staff/rounds/{open}/redaction/{id}", iaf, ("Decision", "accept"), ("Version", version.Value.ToString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var withhold = await PostAsync(admin, $"/staff/rounds/{open}/redaction/{id}", iaf, ("Decision", "withhold"),
            ("Reason", "山田さんへの個人攻撃を含むため"), ("Version", opinion.Version.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, withhold.StatusCode);
        opinion = await factory.WithDbAsync(db => db.Set<Opinion>().FirstAsync(o => o.Id == id));
        Assert.True(opinion.Withheld);
        Assert.Equal("山田さんへの個人攻撃を含むため", opinion.WithheldReason);

        var audits = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "opinion" && a.EntityId == id.ToString()).ToListAsync());
        Assert.Contains(audits, a => a.Action == "opinion.redaction-edit");
        Assert.Contains(audits, a => a.Action == "opinion.redaction-withhold");
        Assert.All(audits, a => Assert.DoesNotContain("山田", a.Details ?? ""));
        Assert.All(audits, a => Assert.DoesNotContain("1234", a.Details ?? ""));
    }
}
