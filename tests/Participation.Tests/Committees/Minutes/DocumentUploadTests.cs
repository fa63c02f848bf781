using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Tests.Drafts;
using Participation.Tests.Infrastructure;
using SkiaSharp;
using static Participation.Tests.Committees.Minutes.DocumentForms;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees.Minutes;

public sealed class DocumentUploadTests(MinutesSite site) : IClassFixture<MinutesSite>
{
    private Task<(HttpClient Staff, int Id)> StaffAsync() => SecretariatOfAsync(site);

    [Fact]
    public async Task A_photo_is_stored_and_served_without_exif_or_gps()
    {
        var (staff, id) = await StaffAsync();
        var photo = ImageReencoderTests.JpegWithGps(800, 600);
        Assert.Contains((byte)0xE1, ImageReencoderTests.Markers(photo));
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var docId = DocumentId(await PostAsync(staff, $"/staff/committees/{id}/documents/new", form,
            Fields("現地視察の写真", kind: "Other", publish: true), ("視察.JPG", photo)));
        var file = await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().SingleAsync(f => f.DocumentId == docId));
        Assert.Equal(("視察.jpg", "image/jpeg"), (file.FileName, file.ContentType));

        var response = await site.CreateBrowserClient().GetAsync($"/committees/{id}/documents/{docId}/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        var served = await response.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain((byte)0xE1, ImageReencoderTests.Markers(served));
        Assert.Equal(-1, served.AsSpan().IndexOf("Exif"u8));
        using var decoded = SKBitmap.Decode(served);
        Assert.Equal((800, 600), (decoded.Width, decoded.Height));
    }

    [Fact]
    public async Task A_fake_pdf_is_refused_and_everything_typed_is_kept()
    {
        var (staff, id) = await StaffAsync();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var fake = "MZ\x90\0 this is an executable renamed to pdf"u8.ToArray();
        var response = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form,
            Fields("偽PDFの確認", "2026-09-30", "委員長の挨拶の後、議事に入った。", kind: "Materials"), ("資料.pdf", fake));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("「資料.pdf」は受け付けられません：PDF、PNG、JPEG、GIF、WebP のファイルを選んでください。", html);
        Assert.Contains("value=\"偽PDFの確認\"", html);
        Assert.Contains("value=\"2026-09-30\"", html);
        Assert.Contains("委員長の挨拶の後、議事に入った。</textarea>", html);
        Assert.Contains("<option value=\"Materials\" selected=\"selected\">", html);
        Assert.Contains($"value=\"{form.FormKey}\"", html);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync(d => d.Title == "偽PDFの確認")));
    }

    [Fact]
    public async Task An_oversized_pdf_is_refused_in_japanese_and_in_english()
    {
        var (staff, id) = await StaffAsync();
        var big = Pdf.Concat(new byte[MinutesSite.PdfLimit]).ToArray();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var response = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("大きすぎる資料"), ("big.pdf", big));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("「big.pdf」は受け付けられません：ファイルが大きすぎます", html);
        Assert.Contains("value=\"大きすぎる資料\"", html);

        var english = await PostAsync(staff, $"/staff/committees/{id}/documents/new?culture=en", form, Fields("Too big"), ("big.pdf", big));
        var text = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("\"big.pdf\" was refused: The file is too large", text);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync(d => d.Title == "大きすぎる資料" || d.Title == "Too big")));
    }

    [Fact]
    public async Task An_empty_title_and_a_wrong_date_are_explained_with_the_input_kept()
    {
        var (staff, id) = await StaffAsync();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var response = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("", "2026-02-30", "要旨だけ書いた。"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("件名を入力してください。", html);
        Assert.Contains("開催日は 2026-04-01 の形の正しい日付で入力してください。", html);
        Assert.Contains("value=\"2026-02-30\"", html);
        Assert.Contains("要旨だけ書いた。</textarea>", html);

        var english = await PostAsync(staff, $"/staff/committees/{id}/documents/new?culture=en", form, Fields("", "yesterday"));
        var text = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());
        Assert.Contains("Please enter Title.", text);
        Assert.Contains("Enter the meeting date as a valid date like 2026-04-01.", text);
    }

    [Fact]
    public async Task Deleting_a_file_removes_the_row_and_the_stored_bytes()
    {
        var (staff, id) = await StaffAsync();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var docId = DocumentId(await PostAsync(staff, $"/staff/committees/{id}/documents/new", form,
            Fields("削除の確認", publish: true), ("a.pdf", Pdf), ("b.png", Png())));
        var files = await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().Where(f => f.DocumentId == docId).OrderBy(f => f.Id).ToListAsync());
        Assert.Equal(["a.pdf", "b.png"], files.Select(f => f.FileName));
        var stored = Path.Combine(site.AppData, "uploads", files[0].StoredPath);
        Assert.True(File.Exists(stored));

        var editUrl = $"/staff/committees/{id}/documents/{docId}";
        var deleted = await staff.PostFormAsync(editUrl, $"{editUrl}/files/{files[0].Id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(File.Exists(stored));
        Assert.Equal([files[1].Id], await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().Where(f => f.DocumentId == docId).Select(f => f.Id).ToListAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateBrowserClient().GetAsync($"/committees/{id}/documents/{docId}/files/{files[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateBrowserClient().GetAsync($"/committees/{id}/documents/{docId}/files/{files[1].Id}")).StatusCode);
        Assert.Contains("ファイルを削除しました。", await staff.GetStringAsync(editUrl));
        // Deleting again, or a file of another document, is a 404.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFormAsync(editUrl, $"{editUrl}/files/{files[0].Id}/delete")).StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "committee.document.file-deleted" && a.EntityId == docId.ToString())));
    }

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.OrangeRed);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
