using System.Net;
using System.Net.Http.Headers;
using Participation.Tests.Drafts;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Consultations.Lifecycle;

public sealed class LifecycleAttachmentTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync($"/staff/rounds/{id}/attachments");
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.Token(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", name },
        };
        return await client.PostAsync($"/staff/rounds/{id}/attachments", form);
    }

    [Fact]
    public async Task Staff_attach_a_pdf_and_a_photo_that_the_public_downloads_safely_and_bad_files_are_refused()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "資料付きの意見募集");

        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, id, "計画概要.pdf", pdf)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(admin, id, "現地写真.jpg", ImageReencoderTests.JpegWithGps())).StatusCode);

        var fake = await UploadAsync(admin, id, "偽装.pdf", ImageReencoderTests.JpegWithGps(20, 20));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        Assert.Contains("ファイルの中身と拡張子が一致しません。", WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()));
        var big = await UploadAsync(admin, id, "大きな資料.pdf", pdf.Concat(new byte[1_100_000]).ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, big.StatusCode);
        Assert.Contains("ファイルが大きすぎます（上限1MB）。", WebUtility.HtmlDecode(await big.Content.ReadAsStringAsync()));

        var anonymous = factory.CreateClient();
        var roundPage = await anonymous.GetStringAsync($"/rounds/{id}");
        Assert.Contains("計画概要.pdf", roundPage);
        var links = System.Text.RegularExpressions.Regex.Matches(roundPage, $"/rounds/{id}/attachments/(\\d+)").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(2, links.Count);

        var file = await anonymous.GetAsync(links[0]);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("計画概要.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());

        var photo = await anonymous.GetAsync(links[1]);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        var bytes = await photo.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain((byte)0xE1, ImageReencoderTests.Markers(bytes));

        var kita = factory.CreateBrowserClient();
        await kita.SignInAsync("staff.kita@demo.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/staff/rounds/{id}/attachments")).StatusCode);
    }
}

public sealed partial class LifecycleSubmissionFileTests(LifecycleSiteFactory factory) : IClassFixture<LifecycleSiteFactory>
{
    [System.Text.RegularExpressions.GeneratedRegex("name=\"(FormToken|AttachmentRef)\" value=\"([^\"]*)\"")]
    private static partial System.Text.RegularExpressions.Regex Hidden();

    private static MultipartFormDataContent Form(string antiforgery, string token, string text, string fileName, byte[] file) => new()
    {
        { new StringContent(antiforgery), "__RequestVerificationToken" }, { new StringContent(token), "FormToken" },
        { new StringContent("Resident"), "Category" }, { new StringContent("添付 花子"), "Name" },
        { new StringContent("general"), "Opinions[0].Section" }, { new StringContent(text), "Opinions[0].Text" },
        { new ByteArrayContent(file), "Attachment", fileName },
    };

    [Fact]
    public async Task A_resident_attaches_a_photo_that_is_stored_without_gps_and_a_fake_file_is_refused_keeping_the_text()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var id = await SubmissionLinks.OpenRoundAsync(factory, admin, "添付できる意見募集");
        var client = factory.CreateBrowserClient();
        var html = await client.GetStringAsync($"/rounds/{id}/submit");
        var token = WebUtility.HtmlDecode(Hidden().Matches(html).First(m => m.Groups[1].Value == "FormToken").Groups[2].Value);
        var af = HtmlForms.Token(html);

        var fake = await client.PostAsync($"/rounds/{id}/submit/confirm", Form(af, token, "写真を添付した意見です。", "写真.png", "%PDF-1.4\n"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fake.StatusCode);
        var fakeHtml = WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync());
        Assert.Contains("ファイルの中身と拡張子が一致しません。", fakeHtml);
        Assert.Contains("写真を添付した意見です。", fakeHtml);

        var confirm = await client.PostAsync($"/rounds/{id}/submit/confirm", Form(af, token, "写真を添付した意見です。", "現地の写真.jpg", ImageReencoderTests.JpegWithGps()));
        var confirmHtml = await confirm.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("現地の写真.jpg", WebUtility.HtmlDecode(confirmHtml));
        var fields = Hidden().Matches(confirmHtml).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).DistinctBy(f => f.Key)
            .Concat([new("Category", "Resident"), new("Name", "添付 花子"), new("Opinions[0].Section", "general"), new("Opinions[0].Text", "写真を添付した意見です。"), new("__RequestVerificationToken", af)]);
        var sent = await client.PostAsync($"/rounds/{id}/submit", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var stored = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            from a in db.Set<Participation.Consultations.Models.SubmissionAttachment>()
            join s in db.Set<Participation.Consultations.Models.Submission>() on a.SubmissionId equals s.Id
            where s.RoundId == id select a));
        Assert.Equal("現地の写真.jpg", stored.FileName);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(factory.AppData, "uploads", stored.StoredPath));
        Assert.DoesNotContain((byte)0xE1, ImageReencoderTests.Markers(bytes));
        // Kept for staff only: nothing on the public round page points at it.
        Assert.DoesNotContain(stored.StoredPath, await factory.CreateClient().GetStringAsync($"/rounds/{id}"));
    }
}
