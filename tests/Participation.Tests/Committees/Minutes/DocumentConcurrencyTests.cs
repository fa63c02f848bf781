using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.Minutes.DocumentForms;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees.Minutes;

public sealed class DocumentConcurrencyTests(MinutesSite site) : IClassFixture<MinutesSite>
{
    [Fact]
    public async Task A_save_from_an_older_form_is_refused_with_what_was_typed_kept_and_a_second_save_overwrites()
    {
        var id = await CommitteeIdAsync(site, "環境審議会");
        var first = site.CreateBrowserClient();
        await first.SignInAsync(Secretariat);
        var second = site.CreateBrowserClient();
        await second.SignInAsync("admin@demo.example");
        var create = await OpenAsync(first, $"/staff/committees/{id}/documents/new");
        var docId = DocumentId(await PostAsync(first, $"/staff/committees/{id}/documents/new", create, Fields("同時編集の確認", "2026-08-01", "初版")));
        var url = $"/staff/committees/{id}/documents/{docId}";

        var formA = await OpenAsync(first, url);
        var formB = await OpenAsync(second, url);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(second, url, formB, Fields("同時編集の確認", "2026-08-01", "Bさんの修正"))).StatusCode);

        var conflict = await PostAsync(first, url, formA, Fields("同時編集の確認（A）", "2026-08-02", "Aさんの修正"), ("a.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("この記録は、あなたが開いた後にほかの人が更新しました。", html);
        Assert.Contains("value=\"同時編集の確認（A）\"", html);
        Assert.Contains("value=\"2026-08-02\"", html);
        Assert.Contains("Aさんの修正</textarea>", html);
        var saved = await site.WithDbAsync(db => db.Set<CommitteeDocument>().Include(d => d.Files).SingleAsync(d => d.Id == docId));
        Assert.Equal(("Bさんの修正", 1, 0), (saved.Markdown, saved.Version, saved.Files.Count));

        // The form came back with the current version: saving it again is a deliberate overwrite.
        var retry = await PostAsync(first, url, formA with { Version = "1" }, Fields("同時編集の確認（A）", "2026-08-02", "Aさんの修正"));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        saved = await site.WithDbAsync(db => db.Set<CommitteeDocument>().SingleAsync(d => d.Id == docId));
        Assert.Equal(("Aさんの修正", 2), (saved.Markdown, saved.Version));
        Assert.Contains("value=\"1\"", html);

        var english = await PostAsync(second, url + "?culture=en", formB, Fields("x", "2026-08-01", "stale"));
        Assert.Contains("Someone else changed this record after you opened it.", WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync()));
    }
}
