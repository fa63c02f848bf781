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
