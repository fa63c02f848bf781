using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Time;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Wards;

/// <summary>Ward staff set up meetings, write and publish minutes with files; the ward rule, validation and stale forms.</summary>
public sealed class MeetingStaffTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    private static string Day(int offset) => TokyoTime.ToTokyo(DateTime.UtcNow).Date.AddDays(offset).ToString("yyyy-MM-dd");

    private static (string, string)[] Meeting(string title, string date, bool publish = true, string capacity = "30", string version = "0") =>
    [
        ("Input.Kind", "TownMeeting"), ("Input.Title", title), ("Input.Date", date), ("Input.StartTime", "18:30"), ("Input.EndTime", "20:00"),
        ("Input.Place", "中央区民センター 2階 ホール"), ("Input.OnlineUrl", "https://meet.example.jp/chuo"), ("Input.AccessibilityNotes", "手話通訳があります。"),
        ("Input.Capacity", capacity), ("Input.IsPublished", publish ? "true" : "false"), ("Input.Version", version),
    ];

    private async Task<int> CreateAsync(HttpClient client, int wardId, string title, string date, bool publish = true)
    {
        var response = await client.PostFormAsync($"/wards/{wardId}/meetings/new", $"/wards/{wardId}/meetings/new", Meeting(title, date, publish));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Set<WardMeeting>().Where(m => m.Title == title).Select(m => m.Id).SingleAsync());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string minutesUrl, string name, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.Token(await client.GetStringAsync(minutesUrl))), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", name },
        };
        return await client.PostAsync(minutesUrl.Replace("/minutes", "/attachments"), form);
    }

    [Fact]
    public async Task Staff_announce_a_meeting_and_bad_input_is_explained_with_the_input_kept()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var bad = await staff.PostFormAsync($"/wards/{chuo}/meetings/new", $"/wards/{chuo}/meetings/new",
            ("Input.Kind", "WardAssembly"), ("Input.Title", ""), ("Input.Date", Day(20)), ("Input.StartTime", "16:00"), ("Input.EndTime", "15:00"),
            ("Input.Place", "区役所"), ("Input.OnlineUrl", "javascript:alert(1)"), ("Input.AccessibilityNotes", "段差のない会場です。"), ("Input.Capacity", "20"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("会議名を入力してください。", html);
        Assert.Contains("終了時刻は開始時刻より後にしてください。", html);
        Assert.Contains("https:// で始まる完全なURL", html);
        Assert.Contains("段差のない会場です。</textarea>", html);

        var id = await CreateAsync(staff, chuo, "中央区 子ども・若者タウンミーティング", Day(21), publish: false);
        var meeting = await factory.WithDbAsync(db => db.Set<WardMeeting>().AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Equal("18:30", TokyoTime.ToTokyo(meeting.StartsAt).ToString("HH:mm"));
        Assert.DoesNotContain("子ども・若者タウンミーティング", await factory.CreateBrowserClient().GetStringAsync($"/wards/{chuo}"));

        var publish = await staff.PostFormAsync($"/wards/{chuo}/meetings/{id}/edit", $"/wards/{chuo}/meetings/{id}/edit",
            Meeting("中央区 子ども・若者タウンミーティング", Day(21)));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        var page = await factory.CreateBrowserClient().GetStringAsync($"/wards/{chuo}");
        Assert.Contains("子ども・若者タウンミーティング", page);
        Assert.Contains("中央区民センター 2階 ホール", page);
        var actions = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "wards_meeting" && a.EntityId == id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["wards.meeting.created", "wards.meeting.edited"], actions);
    }

    [Fact]
    public async Task Minutes_are_published_as_sanitised_markdown_with_files_only_after_the_meeting()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var future = await CreateAsync(staff, chuo, "第9回 中央区区民会議", Day(10));
        var futureUrl = $"/wards/{chuo}/meetings/{future}/minutes";
        var early = await staff.PostFormAsync(futureUrl, futureUrl, ("Input.Minutes", "## 議題\n- 防災"), ("Input.Publish", "true"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        var earlyHtml = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync());
        Assert.Contains("開催前の会議の議事録は公開できません。", earlyHtml);
        Assert.Contains("## 議題", earlyHtml);

        var past = await CreateAsync(staff, chuo, "第1回 中央区 公園づくりワークショップ", Day(-7));
        var url = $"/wards/{chuo}/meetings/{past}/minutes";
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        var uploaded = await UploadAsync(staff, url, "配布資料.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var rejected = await UploadAsync(staff, url, "tool.exe", Encoding.ASCII.GetBytes("MZ\x90\0 not a document"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Contains("PDF、PNG、JPEG、GIF、WebP のファイルを選んでください。", await rejected.Content.ReadAsStringAsync());
        var file = await factory.WithDbAsync(db => db.Set<MeetingAttachment>().SingleAsync(a => a.MeetingId == past));
        var fileUrl = $"/wards/{chuo}/meetings/{past}/attachments/{file.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync(fileUrl)).StatusCode);   // minutes not yet public

        var saved = await staff.PostFormAsync(url, url, ("Input.Minutes", "## 主な意見\n- 遊具を増やしてほしい\n<script>alert('x')</script>"),
            ("Input.Publish", "true"), ("Input.Version", "0"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await factory.CreateBrowserClient().GetStringAsync($"/wards/{chuo}");
        Assert.Contains("主な意見</h2>", page);
        Assert.Contains("遊具を増やしてほしい", page);
        Assert.DoesNotContain("alert('x')", page);
        Assert.Contains($"href=\"{fileUrl}\"", page);
        var download = await factory.CreateBrowserClient().GetAsync(fileUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var actions = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "wards_meeting" && a.EntityId == past.ToString())
            .Select(a => a.Action).ToListAsync());
        Assert.Contains("wards.meeting.attachment-added", actions);
        Assert.Contains("wards.minutes.published", actions);
    }

    [Fact]
    public async Task Staff_of_another_ward_and_residents_cannot_manage_and_admins_can()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var chuoStaff = await factory.SignedInAsync("staff.chuo@demo.example");
        var id = await CreateAsync(chuoStaff, chuo, "中央区 商店街との意見交換会", Day(30));

        var kita = await factory.SignedInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/wards/{chuo}/meetings/manage")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/wards/{chuo}/meetings/{id}/minutes")).StatusCode);
        var post = await kita.PostFormAsync($"/wards/{await factory.WardIdAsync("北区")}/meetings/manage", $"/wards/{chuo}/meetings/{id}/edit",
            Meeting("乗っ取り", Day(30)));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("中央区 商店街との意見交換会", (await factory.WithDbAsync(db => db.Set<WardMeeting>().SingleAsync(m => m.Id == id))).Title);

        var resident = await factory.SignedInAsync("resident@demo.example");
        var denied = await resident.GetAsync($"/wards/{chuo}/meetings/manage");
        Assert.Contains("access-denied", denied.Headers.Location!.ToString());

        var admin = await factory.SignedInAsync("admin@demo.example");
        var list = await admin.GetStringAsync($"/wards/{chuo}/meetings/manage");
        Assert.Contains("中央区 商店街との意見交換会", list);
        var redirect = await kita.GetAsync("/wards/meetings/manage");
        Assert.Equal($"/wards/{await factory.WardIdAsync("北区")}/meetings/manage", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_registrations_protect_capacity_and_deletion()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var admin = await factory.SignedInAsync("admin@demo.example");
        var id = await CreateAsync(staff, chuo, "中央区 防災まちあるき説明会", Day(40));
        var editUrl = $"/wards/{chuo}/meetings/{id}/edit";
        await staff.GetPageAsync(editUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(editUrl, editUrl, Meeting("中央区 防災まちあるき説明会（会場変更）", Day(40)))).StatusCode);
        var stale = await staff.PostFormAsync(editUrl, editUrl, Meeting("中央区 防災まちあるき説明会（時間変更）", Day(40)));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("ほかの職員がこの会議を更新しました", html);
        Assert.Contains("（時間変更）", html);
        Assert.Equal("中央区 防災まちあるき説明会（会場変更）", (await factory.WithDbAsync(db => db.Set<WardMeeting>().SingleAsync(m => m.Id == id))).Title);

        var resident = await factory.SignedInAsync("resident@demo.example");
        var register = await resident.PostFormAsync($"/wards/{chuo}", $"/wards/{chuo}/meetings/{id}/register");
        Assert.Equal(HttpStatusCode.Redirect, register.StatusCode);
        var shrink = await admin.PostFormAsync(editUrl, editUrl, Meeting("中央区 防災まちあるき説明会（会場変更）", Day(40), capacity: "0", version: "1"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shrink.StatusCode);
        Assert.Contains("すでに1人が申し込んでいるため", await shrink.Content.ReadAsStringAsync());
        var delete = await admin.PostFormAsync(editUrl, $"/wards/{chuo}/meetings/{id}/delete");
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Contains("1人の申込があるため削除できません", await delete.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.Set<WardMeeting>().AnyAsync(m => m.Id == id)));
    }
}
