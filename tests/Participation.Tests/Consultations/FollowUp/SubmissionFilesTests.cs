using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Tests.Consultations.Lifecycle;
using Participation.Tests.Drafts;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Consultations.Staff.StaffPages;

namespace Participation.Tests.Consultations.FollowUp;

/// <summary>Scanned originals on proxy entry and residents' attachments: staff with the personal-data permission only, served safely.</summary>
public sealed partial class SubmissionFilesTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [GeneratedRegex("name=\"AttachmentRef\" value=\"([^\"]+)\"")]
    private static partial Regex AttachmentRef();

    [GeneratedRegex("href=\"(/staff/rounds/\\d+/submissions/[a-z0-9-]+/files/\\d+)\"")]
    private static partial Regex FileLink();

    private async Task<HttpResponseMessage> EnterAsync(HttpClient staff, int id, string text, string fileName, byte[] file)
    {
        var (_, af, formToken, _) = await OpenAsync(staff, $"/staff/rounds/{id}/submissions/new");
        var today = Participation.Core.Time.TokyoTime.Today(factory.Clock).ToString("yyyy-MM-dd");
        var form = new MultipartFormDataContent
        {
            { new StringContent(af), "__RequestVerificationToken" }, { new StringContent(formToken!), "FormToken" },
            { new StringContent("Post"), "Channel" }, { new StringContent(today), "ReceivedOn" }, { new StringContent("Resident"), "Category" },
            { new StringContent("紙野 花子"), "Name" }, { new StringContent("general"), "Opinions[0].Section" }, { new StringContent(text), "Opinions[0].Text" },
            { new ByteArrayContent(file), "Scan", fileName },
        };
        return await staff.PostAsync($"/staff/rounds/{id}/submissions/new", form);
    }

    [Fact]
    public async Task A_posted_original_is_stored_with_the_entry_and_only_staff_with_the_permission_can_download_it()
    {
        var admin = await SignedInAsync(factory, Admin);
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "原本の写しを確かめる意見募集");
        var chuo = await SignedInAsync(factory, Chuo);

        // A file that is not what its name says is refused; what was typed stays.
        var bad = await EnterAsync(chuo, id, "郵送で届いた意見です。", "scan.pdf", ImageReencoderTests.JpegWithGps(20, 20));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("ファイルの中身と拡張子が一致しません。", badHtml);
        Assert.Contains("郵送で届いた意見です。", badHtml);

        var entered = await EnterAsync(chuo, id, "郵送で届いた意見です。", "郵送原本.pdf", Pdf);
        Assert.Equal(HttpStatusCode.Redirect, entered.StatusCode);
        var page = entered.Headers.Location!.ToString().Split('?')[0];
        var stored = await factory.WithDbAsync(db => (from a in db.Set<SubmissionAttachment>() join s in db.Set<Submission>() on a.SubmissionId equals s.Id
                                                     where s.RoundId == id select a).ToListAsync());
        var scan = Assert.Single(stored);
        Assert.Equal("郵送原本.pdf", scan.FileName);

        // Ward staff without the personal-data permission see that a file exists, not the file.
        var chuoPage = await chuo.GetStringAsync(page);
        Assert.Contains("ファイルが1件あります。", chuoPage);
        Assert.DoesNotMatch(FileLink(), chuoPage);
        var url = $"{page}/files/{scan.Id}";
        var denied = await chuo.GetAsync(url);
        Assert.False(denied.IsSuccessStatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location?.ToString());
        var anonymous = await factory.CreateBrowserClient().GetAsync(url);
        Assert.False(anonymous.IsSuccessStatusCode);
        Assert.DoesNotContain("%PDF", await anonymous.Content.ReadAsStringAsync());

        // An administrator (who holds it) downloads it: a download, a fixed type, nosniff, never cached.
        var adminPage = await admin.GetStringAsync(page);
        Assert.Equal(url, FileLink().Match(adminPage).Groups[1].Value);
        var file = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("郵送原本.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", file.Headers.CacheControl!.ToString());
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.True(await factory.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "submission.file-viewed" && a.Details == $"file={scan.Id}")));

        // Another submission's file id under this receipt, or an unknown one, is not found.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{page}/files/{scan.Id + 1000}")).StatusCode);
    }

    [Fact]
    public async Task A_residents_attachment_from_the_web_form_reaches_staff_with_the_permission()
    {
        var admin = await SignedInAsync(factory, Admin);
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "添付付きで意見を出す意見募集");
        var client = factory.CreateBrowserClient();
        var (_, af, token, _) = await OpenAsync(client, $"/rounds/{id}/submit");
        var photo = ImageReencoderTests.JpegWithGps();
        var confirm = await client.PostAsync($"/rounds/{id}/submit/confirm", new MultipartFormDataContent
        {
            { new StringContent(af), "__RequestVerificationToken" }, { new StringContent(token!), "FormToken" },
            { new StringContent("Resident"), "Category" }, { new StringContent("写真 一郎"), "Name" }, { new StringContent("shashin@example.jp"), "Email" },
            { new StringContent("general"), "Opinions[0].Section" }, { new StringContent("現地の写真を添えます。"), "Opinions[0].Text" },
            { new ByteArrayContent(photo), "Attachment", "現地.jpg" },
        });
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var reference = WebUtility.HtmlDecode(AttachmentRef().Match(await confirm.Content.ReadAsStringAsync()).Groups[1].Value);
        Assert.NotEmpty(reference);
        var sent = await client.PostAsync($"/rounds/{id}/submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = af, ["FormToken"] = token!, ["Category"] = "Resident", ["Name"] = "写真 一郎", ["Email"] = "shashin@example.jp",
            ["AttachmentRef"] = reference, ["Opinions[0].Section"] = "general", ["Opinions[0].Text"] = "現地の写真を添えます。",
        }));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = await factory.WithDbAsync(db => db.Set<Submission>().Where(s => s.RoundId == id).Select(s => s.ReceiptNumber).SingleAsync());

        var adminPage = await admin.GetStringAsync($"/staff/rounds/{id}/submissions/{receipt.ToLowerInvariant()}");
        Assert.Contains("現地.jpg", adminPage);
        Assert.Contains("提出者の添付", adminPage);
        var file = await admin.GetAsync(FileLink().Match(adminPage).Groups[1].Value);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        // Re-encoded on the way in: no EXIF/GPS segment in what staff download.
        Assert.DoesNotContain((byte)0xE1, ImageReencoderTests.Markers(await file.Content.ReadAsByteArrayAsync()));
    }
}
