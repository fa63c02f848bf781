using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.Minutes.DocumentForms;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees.Minutes;

public sealed class DocumentPublishingTests(MinutesSite site) : IClassFixture<MinutesSite>
{
    [Fact]
    public async Task Minutes_with_a_pdf_are_hidden_until_published_then_listed_and_served_with_safe_headers()
    {
        var id = await CommitteeIdAsync(site, "地域公共交通会議");
        var staff = site.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var created = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form,
            Fields("第5回 地域公共交通会議 議事録", "2026-10-05", "## 議題\n\nバス路線の再編<script>alert(1)</script>"), ("第5回 議事録.pdf", Pdf));
        var docId = DocumentId(created);
        var file = await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().SingleAsync(f => f.DocumentId == docId));
        Assert.Equal(("第5回 議事録.pdf", "application/pdf", (long)Pdf.Length), (file.FileName, file.ContentType, file.Size));

        var publicUrl = $"/committees/{id}/documents/{docId}/files/{file.Id}";
        var visitor = site.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(publicUrl)).StatusCode);
        Assert.DoesNotContain("第5回 地域公共交通会議 議事録", await visitor.GetStringAsync($"/committees/{id}"));
        // Staff can open it before publishing.
        var staffCopy = await staff.GetAsync($"/staff/committees/{id}/documents/{docId}/files/{file.Id}");
        Assert.Equal(HttpStatusCode.OK, staffCopy.StatusCode);
        Assert.Equal(Pdf, await staffCopy.Content.ReadAsByteArrayAsync());

        var edit = await OpenAsync(staff, $"/staff/committees/{id}/documents/{docId}");
        var published = await PostAsync(staff, $"/staff/committees/{id}/documents/{docId}", edit,
            Fields("第5回 地域公共交通会議 議事録", "2026-10-05", "## 議題\n\nバス路線の再編<script>alert(1)</script>", publish: true));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var response = await visitor.GetAsync(publicUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("第5回 議事録.pdf", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.GetValues("Content-Disposition").Single());

        var page = await visitor.GetStringAsync($"/committees/{id}");
        Assert.Contains("第5回 地域公共交通会議 議事録", page);
        Assert.Contains("<h2>議題</h2>", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains($"href=\"{publicUrl}\"", page);
        Assert.Contains("議事録", page);

        var saved = await site.WithDbAsync(db => db.Set<CommitteeDocument>().SingleAsync(d => d.Id == docId));
        Assert.True(saved.IsPublished);
        Assert.NotNull(saved.PublishedAtUtc);
        Assert.Equal(1, saved.Version);

        var audit = await site.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "committee_document" && a.EntityId == docId.ToString())
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["committee.document.created", "committee.document.edited", "committee.document.published"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.DoesNotContain("議事録", a.Details ?? ""));
        Assert.Contains("files_added=1", audit[0].Details);
    }

    [Fact]
    public async Task The_same_create_form_sent_twice_makes_one_record()
    {
        var id = await CommitteeIdAsync(site, "地域公共交通会議");
        var staff = site.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        Assert.Matches("^[0-9a-f]{32}$", form.FormKey);
        var first = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("二重送信の確認資料", kind: "Materials"), ("資料1.pdf", Pdf));
        var second = await PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("二重送信の確認資料", kind: "Materials"), ("資料1.pdf", Pdf));
        Assert.Equal(DocumentId(first), DocumentId(second));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync(d => d.Title == "二重送信の確認資料")));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().CountAsync(f => f.DocumentId == DocumentId(first))));
        var page = await staff.GetStringAsync(second.Headers.Location!.ToString());
        Assert.Contains("このフォームはすでに送信され、登録済みです", page);
        Assert.Contains("会議資料", page);

        // A fresh form (new key) makes a second record.
        var again = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        Assert.NotEqual(form.FormKey, again.FormKey);
        Assert.NotEqual(DocumentId(first), DocumentId(await PostAsync(staff, $"/staff/committees/{id}/documents/new", again, Fields("二重送信の確認資料"))));
    }

    [Fact]
    public async Task Two_simultaneous_sends_of_one_create_form_make_one_record()
    {
        var id = await CommitteeIdAsync(site, "地域公共交通会議");
        var staff = site.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("同時送信の確認"), ("同時.pdf", Pdf))));
        Assert.Equal(DocumentId(both[0]), DocumentId(both[1]));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync(d => d.Title == "同時送信の確認")));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().CountAsync(f => f.DocumentId == DocumentId(both[0]))));
        // The loser's stored copy was removed again: one file in the uploads folder for this record.
        var committees = Path.Combine(site.AppData, "uploads", "committees");
        var pdfs = Directory.GetFiles(committees, "*.pdf", SearchOption.AllDirectories);
        var stored = await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().Select(f => f.StoredPath).ToListAsync());
        Assert.All(pdfs, p => Assert.Contains(Path.GetRelativePath(Path.Combine(site.AppData, "uploads"), p).Replace('\\', '/'), stored));
    }

    [Fact]
    public async Task The_staff_committee_page_lists_documents_with_their_state()
    {
        var id = await CommitteeIdAsync(site, "環境審議会");
        var staff = site.CreateBrowserClient();
        await staff.SignInAsync(Secretariat);
        var page = await staff.GetStringAsync($"/staff/committees/{id}");
        Assert.Contains("第3回 環境審議会 議事録</a>", page);
        Assert.Contains("公開中", page);
        Assert.Contains($"href=\"/staff/committees/{id}/documents/new\"", page);
    }

    [Fact]
    public async Task Demo_committee_shows_its_published_minutes()
    {
        var id = await CommitteeIdAsync(site, "環境審議会");
        var page = await site.CreateBrowserClient().GetStringAsync($"/committees/{id}");
        Assert.Contains("第3回 環境審議会 議事録", page);
        Assert.Contains("<h2>決定事項</h2>", page);
    }

    [Fact]
    public async Task Residents_cannot_reach_the_document_pages()
    {
        var id = await CommitteeIdAsync(site, "環境審議会");
        var resident = site.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var response = await resident.GetAsync($"/staff/committees/{id}/documents/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }
}
