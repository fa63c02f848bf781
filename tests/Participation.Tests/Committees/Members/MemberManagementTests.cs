using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Committees.Models;
using Participation.Core.Audit;
using Participation.Core.Identity;
using Participation.Tests.Api;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.Members.MemberForms;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees.Members;

/// <summary>The secretariat keeps a committee's members: edit, remove, consent to publish the name; the public sees consenting names only.</summary>
public sealed class MemberManagementTests(MembersSite site) : IClassFixture<MembersSite>
{
    private Task<(HttpClient Staff, int Id)> StaffAsync() => SecretariatOfAsync(site);

    private static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_member_is_listed_with_term_and_publication_then_edited()
    {
        var (staff, id) = await StaffAsync();
        var name = UniqueName("山田 花子");
        var mid = await AddAsync(staff, site, id, name, "学識経験者", consent: true, "2026-04-01", "2028-03-31");

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/staff/committees/{id}"));
        Assert.Contains("委員を追加しました。", page);
        Assert.Matches($"<tr id=\"member-{mid}\">\\s*<td>{name}</td>\\s*<td>学識経験者</td>\\s*<td>令和8年4月1日〜令和10年3月31日</td>\\s*<td>\\s*<span class=\"badge badge--open\">公表</span>", page);
        Assert.Contains($"href=\"/staff/committees/{id}/members/{mid}/delete\"", page);

        var url = $"/staff/committees/{id}/members/{mid}";
        var form = await OpenEditAsync(staff, url);
        Assert.Equal("0", form.Version);
        var saved = await PostEditAsync(staff, url, form, name + "（改）", "副会長", consent: false, "2026-04-01", "2027-03-31");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/staff/committees/{id}#members", saved.Headers.Location!.OriginalString);

        var member = await site.WithDbAsync(db => db.Set<CommitteeMember>().SingleAsync(m => m.Id == mid));
        Assert.Equal((name + "（改）", "副会長", false, new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31), 1),
            (member.Name, member.Role, member.ConsentToPublish, member.TermStart!.Value, member.TermEnd!.Value, member.Version));
        page = WebUtility.HtmlDecode(await staff.GetStringAsync($"/staff/committees/{id}"));
        Assert.Contains("委員の情報を保存しました。", page);
        Assert.Matches($"<tr id=\"member-{mid}\">[\\s\\S]*?<span class=\"badge badge--closed\">非公表</span>", page);

        var audit = await site.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "committee_member" && a.EntityId == mid.ToString())
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["committee.member.added", "committee.member.edited", "committee.member.consent-withdrawn"], audit.Select(a => a.Action));
        Assert.Equal($"committee={id} published=yes", audit[0].Details);
        Assert.All(audit, a => Assert.DoesNotContain("山田", a.Details ?? ""));
    }

    [Fact]
    public async Task Withdrawn_consent_takes_the_name_off_the_cached_public_page_and_graphql_at_once()
    {
        var (staff, id) = await StaffAsync();
        var name = UniqueName("佐藤 一郎");
        var mid = await AddAsync(staff, site, id, name, "公募委員", consent: true);
        var hidden = UniqueName("鈴木 次郎");
        await AddAsync(staff, site, id, hidden, "公募委員", consent: false);

        var visitor = site.CreateClient();
        var first = await visitor.GetStringAsync($"/committees/{id}");
        var cached = await visitor.GetAsync($"/committees/{id}");
        Assert.NotNull(cached.Headers.Age); // the stored copy was served
        Assert.Contains($"<li>{name}（公募委員）</li>", WebUtility.HtmlDecode(first));
        Assert.DoesNotContain(hidden, first);
        var api = await visitor.DataAsync("{ committees { name members } }");
        var members = Members(api, "環境審議会");
        Assert.Contains(name, members);
        Assert.DoesNotContain(hidden, members);

        var url = $"/staff/committees/{id}/members/{mid}";
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(staff, url, await OpenEditAsync(staff, url), name, "公募委員", consent: false)).StatusCode);

        var after = await visitor.GetAsync($"/committees/{id}");
        Assert.Null(after.Headers.Age);
        var html = await after.Content.ReadAsStringAsync();
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(html));
        Assert.DoesNotContain(name, Members(await visitor.DataAsync("{ committees { name members } }"), "環境審議会"));
        Assert.DoesNotContain(name, await visitor.GetStringAsync("/opendata/committees.csv"));
    }

    [Fact]
    public async Task Removing_asks_first_and_a_second_send_is_harmless()
    {
        var (staff, id) = await StaffAsync();
        var name = UniqueName("高橋 三郎");
        var mid = await AddAsync(staff, site, id, name, "関係団体代表", consent: true);
        var visitor = site.CreateClient();
        Assert.Contains(name, await visitor.GetStringAsync($"/committees/{id}"));

        var confirmUrl = $"/staff/committees/{id}/members/{mid}/delete";
        var confirm = WebUtility.HtmlDecode(await staff.GetStringAsync(confirmUrl));
        Assert.Contains("委員から外しますか", confirm);
        Assert.Contains($"<strong>{name}（関係団体代表）</strong>", confirm);
        Assert.Contains($"action=\"{confirmUrl}\"", confirm);
        Assert.Contains($"href=\"/staff/committees/{id}#members\"", confirm);
        // Opening the confirmation changes nothing.
        Assert.True(await site.WithDbAsync(db => db.Set<CommitteeMember>().AnyAsync(m => m.Id == mid)));

        var removed = await staff.PostFormAsync(confirmUrl, confirmUrl);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Set<CommitteeMember>().AnyAsync(m => m.Id == mid)));
        Assert.Contains("委員から外しました。", await staff.GetStringAsync($"/staff/committees/{id}"));
        Assert.DoesNotContain(name, await visitor.GetStringAsync($"/committees/{id}"));

        // The same form sent again (double click, reload): no error, nothing else removed, and it says so.
        var count = await site.WithDbAsync(db => db.Set<CommitteeMember>().CountAsync());
        var again = await staff.PostFormAsync($"/staff/committees/{id}", confirmUrl);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("この委員はすでに外されています。", await staff.GetStringAsync($"/staff/committees/{id}"));
        Assert.Equal(count, await site.WithDbAsync(db => db.Set<CommitteeMember>().CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(confirmUrl)).StatusCode);
        Assert.Equal(["committee.member.removed"], await site.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(a => a.EntityType == "committee_member" && a.EntityId == mid.ToString() && a.Action == "committee.member.removed").Select(a => a.Action).ToListAsync()));
    }

    [Fact]
    public async Task An_empty_or_too_long_name_and_wrong_dates_are_explained_with_the_input_kept()
    {
        var (staff, id) = await StaffAsync();
        var before = await site.WithDbAsync(db => db.Set<CommitteeMember>().CountAsync());
        var empty = await staff.PostFormAsync($"/staff/committees/{id}", $"/staff/committees/{id}/members",
            ("Input.Name", "   "), ("Input.Role", "学識経験者（入力保持）"), ("Input.TermStart", "2026-04-01"), ("Input.ConsentToPublish", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var html = await Html(empty);
        Assert.Contains("氏名を入力してください。", html);
        Assert.Contains("value=\"学識経験者（入力保持）\"", html);
        Assert.Contains("value=\"2026-04-01\"", html);
        Assert.Matches("name=\"Input.ConsentToPublish\"[^>]*checked|checked[^>]*name=\"Input.ConsentToPublish\"", html);

        var longName = new string('長', 201);
        var tooLong = await staff.PostFormAsync($"/staff/committees/{id}", $"/staff/committees/{id}/members",
            ("Input.Name", longName), ("Input.Role", "公募委員"), ("Input.TermStart", "2026-13-01"), ("Input.TermEnd", "2026-04-01"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        html = await Html(tooLong);
        Assert.Contains("氏名は200文字以内で入力してください。", html);
        Assert.Contains("日付は 2026-04-01 の形の正しい日付で入力してください。", html);
        Assert.Contains($"value=\"{longName}\"", html);
        Assert.Contains("value=\"2026-13-01\"", html);

        var english = await staff.PostFormAsync($"/staff/committees/{id}", $"/staff/committees/{id}/members?culture=en",
            ("Input.Name", ""), ("Input.TermStart", "2027-04-01"), ("Input.TermEnd", "2026-04-01"));
        html = await Html(english);
        Assert.Contains("Please enter Name.", html);
        Assert.Contains("The term must end on or after the day it starts.", html);
        Assert.Equal(before, await site.WithDbAsync(db => db.Set<CommitteeMember>().CountAsync()));

        // The edit form refuses the same, and the member is unchanged.
        var name = UniqueName("伊藤 四郎");
        var mid = await AddAsync(staff, site, id, name, "学識経験者");
        var url = $"/staff/committees/{id}/members/{mid}";
        var edit = await PostEditAsync(staff, url, await OpenEditAsync(staff, url), "", "会長（入力保持）", consent: false, "2026-04-01", "2026-03-31");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        html = await Html(edit);
        Assert.Contains("氏名を入力してください。", html);
        Assert.Contains("任期の終了日は開始日より後の日付にしてください。", html);
        Assert.Contains("value=\"会長（入力保持）\"", html);
        var member = await site.WithDbAsync(db => db.Set<CommitteeMember>().SingleAsync(m => m.Id == mid));
        Assert.Equal((name, "学識経験者", true, 0), (member.Name, member.Role, member.ConsentToPublish, member.Version));
    }

    [Fact]
    public async Task A_save_from_an_older_form_is_refused_with_what_was_typed_kept()
    {
        var (first, id) = await StaffAsync();
        var second = site.CreateBrowserClient();
        await second.SignInAsync("admin@demo.example");
        var name = UniqueName("渡辺 五郎");
        var mid = await AddAsync(first, site, id, name, "学識経験者");
        var url = $"/staff/committees/{id}/members/{mid}";
        var formA = await OpenEditAsync(first, url);
        var formB = await OpenEditAsync(second, url);
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(second, url, formB, name, "会長", consent: true)).StatusCode);

        var conflict = await PostEditAsync(first, url, formA, name + "（A）", "副会長", consent: false, "2026-05-01");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await Html(conflict);
        Assert.Contains("この委員の情報は、あなたが開いた後にほかの人が更新しました。", html);
        Assert.Contains($"value=\"{name}（A）\"", html);
        Assert.Contains("value=\"副会長\"", html);
        Assert.Contains("value=\"2026-05-01\"", html);
        Assert.Matches("name=\"Input.Version\"[^>]*value=\"1\"", html);
        var member = await site.WithDbAsync(db => db.Set<CommitteeMember>().SingleAsync(m => m.Id == mid));
        Assert.Equal(("会長", true, 1), (member.Role, member.ConsentToPublish, member.Version));

        // The form came back with the current version: saving it again is a deliberate overwrite.
        Assert.Equal(HttpStatusCode.Redirect, (await PostEditAsync(first, url, (formA.Token, "1"), name + "（A）", "副会長", consent: false)).StatusCode);
        member = await site.WithDbAsync(db => db.Set<CommitteeMember>().SingleAsync(m => m.Id == mid));
        Assert.Equal(("副会長", false, 2), (member.Role, member.ConsentToPublish, member.Version));

        var english = await PostEditAsync(second, url + "?culture=en", formB, name, "stale", consent: true);
        Assert.Equal(HttpStatusCode.Conflict, english.StatusCode);
        Assert.Contains("Someone else changed this member after you opened the form.", await Html(english));
    }

    [Fact]
    public async Task Only_the_committees_secretariat_may_edit_or_remove_its_members()
    {
        var (staff, id) = await StaffAsync();
        var name = UniqueName("中村 六郎");
        var mid = await AddAsync(staff, site, id, name, "学識経験者");
        var url = $"/staff/committees/{id}/members/{mid}";

        // A secretariat user of another committee: 403 on this committee's member pages, and their own committee's
        // routes do not reach a member of this one.
        var other = site.CreateBrowserClient();
        await other.SignInAsync(await NewSecretariatAsync(), Password);
        var created = await other.PostFormAsync("/staff/committees/new", "/staff/committees/new",
            ("Input.Name", "景観審議会 " + Guid.NewGuid().ToString("N")[..4]), ("Input.Department", "都市局"), ("Input.Purpose", "景観計画"),
            ("Input.TotalSeats", "10"), ("Input.ResidentSeats", "2"), ("Input.Term", "2年"), ("Input.MeetingSchedule", "年2回"));
        var own = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url + "/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync(own, url, ("Input.Name", "乗っ取り"), ("Input.Version", "0"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync(own, url + "/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostFormAsync(own, $"/staff/committees/{id}/members", ("Input.Name", "紛れ込み"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{own}/members/{mid}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(own, $"{own}/members/{mid}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(own, $"{own}/members/{mid}", ("Input.Name", "乗っ取り"), ("Input.Version", "0"))).StatusCode);

        // A resident is sent to access denied.
        var resident = site.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var denied = await resident.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/access-denied", denied.Headers.Location!.ToString());

        var member = await site.WithDbAsync(db => db.Set<CommitteeMember>().SingleAsync(m => m.Id == mid));
        Assert.Equal((name, id, 0), (member.Name, member.CommitteeId, member.Version));
        Assert.False(await site.WithDbAsync(db => db.Set<CommitteeMember>().AnyAsync(m => m.Name == "紛れ込み" || m.Name == "乗っ取り")));
    }

    private const string Password = "members-password-2026";

    private async Task<string> NewSecretariatAsync()
    {
        var email = $"sec-{Guid.NewGuid():N}@example.jp";
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "別の事務局" };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Secretariat);
        return email;
    }

    private static List<string> Members(System.Text.Json.JsonElement data, string committee) =>
        data.GetProperty("committees").EnumerateArray().Single(c => c.GetProperty("name").GetString() == committee)
            .GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToList();
}
