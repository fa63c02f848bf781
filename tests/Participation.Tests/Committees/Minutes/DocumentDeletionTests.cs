using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.Minutes.DocumentForms;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees.Minutes;

/// <summary>A whole document (minutes or materials) is deleted after a confirmation page: rows, stored files, public listing.</summary>
public sealed class DocumentDeletionTests(MinutesSite site) : IClassFixture<MinutesSite>
{
    private Task<(HttpClient Staff, int Id)> StaffAsync() => SecretariatOfAsync(site);

    [Fact]
    public async Task Deleting_a_published_document_removes_its_files_on_disk_and_its_public_listing_and_a_second_send_is_harmless()
    {
        var (staff, id) = await StaffAsync();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var docId = DocumentId(await PostAsync(staff, $"/staff/committees/{id}/documents/new", form,
            Fields("第9回 削除確認 議事録", publish: true), ("議事録.pdf", Pdf), ("資料.pdf", Pdf)));
        var files = await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().Where(f => f.DocumentId == docId).OrderBy(f => f.Id).ToListAsync());
        var stored = files.Select(f => Path.Combine(site.AppData, "uploads", f.StoredPath)).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, p => Assert.True(File.Exists(p)));
        var visitor = site.CreateBrowserClient();
        Assert.Contains("第9回 削除確認 議事録", await visitor.GetStringAsync($"/committees/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/committees/{id}/documents/{docId}/files/{files[0].Id}")).StatusCode);

        var editUrl = $"/staff/committees/{id}/documents/{docId}";
        var confirmUrl = $"{editUrl}/delete";
        Assert.Contains($"href=\"{confirmUrl}\"", await staff.GetStringAsync(editUrl));
        var confirm = WebUtility.HtmlDecode(await staff.GetStringAsync(confirmUrl));
        Assert.Contains("<strong>第9回 削除確認 議事録</strong>", confirm);
        Assert.Contains("この記録と添付ファイル2件を削除します。元に戻せません。 公開中のため、委員会のページからもすぐに消えます。", confirm);
        Assert.Contains($"action=\"{confirmUrl}\"", confirm);
        Assert.Contains($"href=\"{editUrl}\"", confirm);
        Assert.All(stored, p => Assert.True(File.Exists(p))); // opening the confirmation changes nothing

        var deleted = await staff.PostFormAsync(confirmUrl, confirmUrl);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/staff/committees/{id}#documents", deleted.Headers.Location!.OriginalString);
        Assert.All(stored, p => Assert.False(File.Exists(p)));
        Assert.False(await site.WithDbAsync(db => db.Set<CommitteeDocument>().AnyAsync(d => d.Id == docId)));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().CountAsync(f => f.DocumentId == docId)));
        var staffPage = await staff.GetStringAsync($"/staff/committees/{id}");
        Assert.Contains("会議録・資料を削除しました。", staffPage);
        Assert.DoesNotContain("第9回 削除確認 議事録", staffPage);
        Assert.DoesNotContain("第9回 削除確認 議事録", await visitor.GetStringAsync($"/committees/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/committees/{id}/documents/{docId}/files/{files[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(editUrl)).StatusCode);

        // Sent again (double click, reload): no error, nothing else deleted, and it says so.
        var documents = await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync());
        var again = await staff.PostFormAsync($"/staff/committees/{id}", confirmUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("この会議録・資料はすでに削除されています。", await staff.GetStringAsync($"/staff/committees/{id}"));
        Assert.Equal(documents, await site.WithDbAsync(db => db.Set<CommitteeDocument>().CountAsync()));

        var audit = await site.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "committee_document" && a.EntityId == docId.ToString())
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.Details }).ToListAsync());
        Assert.Equal(["committee.document.created", "committee.document.published", "committee.document.deleted"], audit.Select(a => a.Action));
        Assert.Equal($"committee={id} kind=Minutes was_published=yes files_deleted=2", audit[^1].Details);
    }

    [Fact]
    public async Task Two_simultaneous_deletes_delete_once_and_both_answer_calmly()
    {
        var (staff, id) = await StaffAsync();
        var form = await OpenAsync(staff, $"/staff/committees/{id}/documents/new");
        var docId = DocumentId(await PostAsync(staff, $"/staff/committees/{id}/documents/new", form, Fields("同時削除の確認"), ("a.pdf", Pdf)));
        var stored = Path.Combine(site.AppData, "uploads", await site.WithDbAsync(db => db.Set<CommitteeDocumentFile>().Where(f => f.DocumentId == docId).Select(f => f.StoredPath).SingleAsync()));
        var confirmUrl = $"/staff/committees/{id}/documents/{docId}/delete";
        var token = HtmlForms.Token(await staff.GetStringAsync(confirmUrl));
        var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            staff.PostAsync(confirmUrl, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.False(File.Exists(stored));
        Assert.False(await site.WithDbAsync(db => db.Set<CommitteeDocument>().AnyAsync(d => d.Id == docId)));
        Assert.Equal(1, await site.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "committee.document.deleted" && a.EntityId == docId.ToString())));
    }

    [Fact]
    public async Task Only_the_committees_secretariat_may_delete_and_a_document_of_another_committee_is_untouched()
    {
        var (staff, id) = await StaffAsync();
        var otherId = await CommitteeIdAsync(site, "地域公共交通会議");
        var form = await OpenAsync(staff, $"/staff/committees/{otherId}/documents/new");
        var docId = DocumentId(await PostAsync(staff, $"/staff/committees/{otherId}/documents/new", form, Fields("他の会議の資料"), ("a.pdf", Pdf)));

        // Through the wrong committee's route: the confirmation is a 404 and the delete changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/committees/{id}/documents/{docId}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/staff/committees/{id}", $"/staff/committees/{id}/documents/{docId}/delete")).StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Set<CommitteeDocument>().AnyAsync(d => d.Id == docId)));

        var resident = site.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var denied = await resident.GetAsync($"/staff/committees/{otherId}/documents/{docId}/delete");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location!.ToString());
        // A post without the form's token is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync($"/staff/committees/{otherId}/documents/{docId}/delete", new FormUrlEncodedContent([]))).StatusCode);
        Assert.True(await site.WithDbAsync(db => db.Set<CommitteeDocument>().AnyAsync(d => d.Id == docId)));
    }
}
