using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Wards;

/// <summary>Staff see what the redactor masked in a held post, keep, drop or add masks, and publish the reviewed text.</summary>
public sealed partial class WardRedactionReviewTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    private const string Body = "中央公園のベンチが壊れています。山田太郎と申します。電話090-1234-5678までご連絡ください。";

    [GeneratedRegex("name=\"offered\" value=\"([^\"]+)\"")]
    private static partial Regex Offered();

    private async Task<(int Ward, int Thread)> HeldThreadAsync()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var resident = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(resident, chuo, "公園のベンチ", Body, "公園の利用者", "parks");
        Assert.Equal(Visibility.Held, (await factory.ThreadAsync(threadId)).Visibility);
        return (chuo, threadId);
    }

    [Fact]
    public async Task Staff_drop_one_mask_add_another_and_publish_the_reviewed_text()
    {
        var (chuo, threadId) = await HeldThreadAsync();
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var queue = await staff.GetStringAsync($"/wards/{chuo}/moderation");
        var reviewUrl = $"/wards/{chuo}/moderation/redaction?threadId={threadId}";
        Assert.Contains(reviewUrl, WebUtility.HtmlDecode(queue));

        var page = await staff.GetStringAsync(reviewUrl);
        Assert.Contains("山田太郎", page);                       // the original, for staff
        Assert.Contains("［氏名］と申します", page);               // the preview
        var offered = Offered().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var name = Assert.Single(offered, k => k.EndsWith(":Name"));
        var phone = Assert.Single(offered, k => k.EndsWith(":Phone"));

        // Preview: dropping the name and adding the park shows the result without saving anything.
        var fields = offered.Select(k => ("offered", k)).Append(("mask", phone)).Append(("threadId", threadId.ToString()))
            .Append(("addText", "中央公園")).Append(("addKind", "Address"));
        var preview = await staff.PostFormAsync(reviewUrl, $"/wards/{chuo}/moderation/redaction", fields.Append(("action", "preview")).ToArray());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("［住所］のベンチが壊れています。山田太郎と申します。電話［電話番号］まで", await preview.Content.ReadAsStringAsync());
        Assert.Equal(Visibility.Held, (await factory.ThreadAsync(threadId)).Visibility);

        var publish = await staff.PostFormAsync(reviewUrl, $"/wards/{chuo}/moderation/redaction", fields.Append(("action", "publish")).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var thread = await factory.ThreadAsync(threadId);
        Assert.Equal(Visibility.Visible, thread.Visibility);
        Assert.Equal("［住所］のベンチが壊れています。山田太郎と申します。電話［電話番号］までご連絡ください。", thread.Body);
        Assert.DoesNotContain("09012345678", thread.SearchText);

        var publicPage = await factory.CreateBrowserClient().GetStringAsync($"/wards/{chuo}/discussions/{threadId}");
        Assert.Contains("［電話番号］", publicPage);
        Assert.DoesNotContain("090-1234-5678", publicPage);
        Assert.DoesNotContain("中央公園のベンチ", publicPage);

        var (original, audit) = await factory.WithDbAsync(async db => (
            await db.Set<PostRedaction>().SingleAsync(r => r.ThreadId == threadId && r.PostId == null),
            await db.Set<AuditEntry>().SingleAsync(a => a.Action == "wards.redaction-reviewed" && a.EntityId == threadId.ToString())));
        Assert.Equal(Body, original.OriginalBody);
        Assert.Equal("公園のベンチ", original.OriginalTitle);
        Assert.Equal("kept=1;removed=1;added=1", audit.Details);
        Assert.DoesNotContain("山田", audit.Details);

        // Reviewing again starts from the original, which only staff see.
        var again = await staff.GetStringAsync(reviewUrl);
        Assert.Contains("090-1234-5678", again);
        Assert.Contains(name, WebUtility.HtmlDecode(again));
    }

    [Fact]
    public async Task Text_not_in_the_original_is_refused_and_kept_in_the_form()
    {
        var (chuo, threadId) = await HeldThreadAsync();
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var reviewUrl = $"/wards/{chuo}/moderation/redaction?threadId={threadId}";
        var response = await staff.PostFormAsync(reviewUrl, $"/wards/{chuo}/moderation/redaction",
            ("threadId", threadId.ToString()), ("addText", "存在しない文字列"), ("addKind", "Name"), ("action", "publish"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("その文字列は元の文章にありません", html);
        Assert.Contains("value=\"存在しない文字列\"", html);
        Assert.Equal(Visibility.Held, (await factory.ThreadAsync(threadId)).Visibility);
    }

    [Fact]
    public async Task Residents_and_other_wards_staff_cannot_see_the_original()
    {
        var (chuo, threadId) = await HeldThreadAsync();
        var reviewUrl = $"/wards/{chuo}/moderation/redaction?threadId={threadId}";
        var kita = await factory.SignedInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync(reviewUrl)).StatusCode);
        var resident = await factory.SignedInAsync("resident@demo.example");
        var response = await resident.GetAsync(reviewUrl);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("090-1234-5678", await response.Content.ReadAsStringAsync());
    }
}
