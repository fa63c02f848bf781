using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Consultations.Services.Staff;
using Participation.Core.Audit;
using Participation.Core.Cities;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.FollowUp;

/// <summary>Adding and removing single masks on the review screen, without JavaScript; the published results follow at once.</summary>
public sealed class SpanRedactionTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private Task<Opinion> OpinionAsync(int id) => factory.WithDbAsync(db => db.Set<Opinion>().AsNoTracking().FirstAsync(o => o.Id == id));

    /// <summary>A published, grouped opinion of the demo round with results, and a phrase of it that appears once.</summary>
    private async Task<(int Round, Opinion Opinion, string Phrase)> PickAsync()
    {
        var round = await RoundAsync(factory, RoundStatus.ResultsPublished);
        var candidates = await factory.WithDbAsync(db => db.Set<Opinion>().AsNoTracking()
            .Where(o => o.RoundId == round && o.GroupId != null && !o.Withheld && o.PublishedText != null && o.Submission.Status == SubmissionStatus.Active)
            .OrderBy(o => o.Id).Take(50).ToListAsync());
        foreach (var o in candidates)
        {
            var words = Regex.Matches(o.PublishedText!, "[\\p{IsCJKUnifiedIdeographs}\\p{IsKatakana}]{3,}").Select(m => m.Value)
                .Where(w => Regex.Matches(o.PublishedText!, Regex.Escape(w)).Count == 1 && o.Text.Contains(w));
            if (words.FirstOrDefault() is { } phrase) return (round, o, phrase);
        }
        throw new InvalidOperationException("no demo opinion to mask");
    }

    [Fact]
    public async Task Staff_mask_a_phrase_by_typing_it_then_undo_the_mask_and_the_results_page_follows()
    {
        var (round, opinion, phrase) = await PickAsync();
        var admin = await SignedInAsync(factory, Admin);
        var url = $"/staff/rounds/{round}/redaction/{opinion.Id}";
        var (page, af, _, version) = await OpenAsync(admin, url);
        Assert.Contains("伏せ字の追加・取り消し", page);

        var masked = await PostAsync(admin, $"{url}/mask", af, ("MaskText", phrase), ("MaskKind", "Name"), ("Version", version!.Value.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, masked.StatusCode);
        var after = await OpinionAsync(opinion.Id);
        Assert.Equal(opinion.PublishedText!.Replace(phrase, "［氏名］"), after.PublishedText);
        Assert.True(after.RedactionReviewed);
        var results = await factory.CreateClient().GetStringAsync($"/rounds/{round}/results");
        Assert.Contains(after.PublishedText!, results);
        Assert.DoesNotContain(opinion.PublishedText!, results);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "opinion" && a.EntityId == opinion.Id.ToString())
            .Select(a => new { a.Action, a.Details }).ToListAsync());
        Assert.Contains(audit, a => a.Action == "opinion.redaction-mask-added" && a.Details == "mask=［氏名］;count=1");
        Assert.DoesNotContain(audit, a => a.Details != null && a.Details.Contains(phrase));

        // The review page names what each mask covers and offers to undo it.
        var (reviewPage, af2, _, version2) = await OpenAsync(admin, url);
        var index = Regex.Match(reviewPage, $"「{Regex.Escape(phrase)}」[\\s\\S]*?name=\"MaskIndex\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.NotEmpty(index);
        var undone = await PostAsync(admin, $"{url}/unmask", af2, ("MaskIndex", index), ("Version", version2!.Value.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(opinion.PublishedText, (await OpinionAsync(opinion.Id)).PublishedText);
        Assert.Contains(opinion.PublishedText!, await factory.CreateClient().GetStringAsync($"/rounds/{round}/results"));
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "opinion.redaction-mask-removed" && a.EntityId == opinion.Id.ToString())));
    }

    [Fact]
    public async Task Bad_mask_requests_get_a_message_keep_the_typed_text_and_change_nothing()
    {
        var (round, opinion, _) = await PickAsync();
        var admin = await SignedInAsync(factory, Admin);
        var url = $"/staff/rounds/{round}/redaction/{opinion.Id}";
        var (_, af, _, version) = await OpenAsync(admin, url);
        var v = version!.Value.ToString();

        var empty = await PostAsync(admin, $"{url}/mask", af, ("MaskText", "  "), ("MaskKind", "Name"), ("Version", v));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("伏せる文字列を入力してください。", await empty.Content.ReadAsStringAsync());

        var missing = await PostAsync(admin, $"{url}/mask", af, ("MaskText", "存在しない語句ですよ"), ("MaskKind", "Phone"), ("Version", v));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("公開する文の中に、この文字列が見つかりません", missingHtml);
        Assert.Contains("value=\"存在しない語句ですよ\"", missingHtml);
        Assert.Contains("<option value=\"Phone\" selected=\"selected\">", missingHtml);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostAsync(admin, $"{url}/unmask", af, ("MaskIndex", "99"), ("Version", v))).StatusCode);
        var stale = await PostAsync(admin, $"{url}/mask", af, ("MaskText", "の"), ("MaskKind", "Name"), ("Version", (version + 7).ToString()!));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(opinion.PublishedText, (await OpinionAsync(opinion.Id)).PublishedText);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, $"/staff/rounds/{round}/redaction/999999/mask", af, ("MaskText", "の"), ("Version", v))).StatusCode);

        // Staff of another ward (or any ward staff on a city-wide round) may not.
        var wardId = await factory.WithDbAsync(db => db.Set<ConsultationRound>().Where(r => r.Id == round).Select(r => r.WardId).FirstAsync());
        var chuoWard = await factory.WithDbAsync(db => db.Set<Ward>().Where(w => w.Name == "中央区").Select(w => w.Id).FirstAsync());
        var other = await SignedInAsync(factory, wardId == chuoWard ? Kita : Chuo);
        var (_, oaf, _, _) = await OpenAsync(other, "/staff/rounds");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(other, $"{url}/mask", oaf, ("MaskText", "の"), ("Version", v))).StatusCode);
        Assert.Equal(opinion.PublishedText, (await OpinionAsync(opinion.Id)).PublishedText);
    }
}
