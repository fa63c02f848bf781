using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

public sealed partial class AccountTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [GeneratedRegex(@"http://[^\s]+/account/confirm-email\?[^\s]+")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"http://[^\s]+/account/reset-password\?[^\s]+")]
    private static partial Regex ResetLink();

    private async Task<string> WaitForMailAsync(string to, Regex link)
    {
        for (var i = 0; i < 50; i++)
        {
            if (Directory.Exists(factory.MailFolder))
                foreach (var file in Directory.GetFiles(factory.MailFolder, "*.eml"))
                {
                    var message = await MimeKit.MimeMessage.LoadAsync(file);
                    if (message.To.ToString().Contains(to) && link.Match(message.TextBody) is { Success: true } m) return m.Value;
                }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No mail to {to}");
    }

    private static (string, string)[] Registration(string email, string password = "a long enough passphrase") =>
        [("DisplayName", "山田 花子"), ("Email", email), ("Password", password), ("ConfirmPassword", password), ("Consent", "true")];

    [Fact]
    public async Task Register_confirm_by_mail_then_sign_in_and_see_my_page()
    {
        var client = factory.CreateBrowserClient();
        var registered = await client.PostFormAsync("/account/register", "/account/register", Registration("hanako@example.jp"));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var before = await client.PostFormAsync("/account/login", "/account/login", ("Email", "hanako@example.jp"), ("Password", "a long enough passphrase"));
        Assert.Contains("メールアドレスの確認が済んでいません", await before.Content.ReadAsStringAsync());

        var link = await WaitForMailAsync("hanako@example.jp", ConfirmLink());
        var confirmed = await client.GetStringAsync(new Uri(link).PathAndQuery);
        Assert.Contains("登録が完了しました", confirmed);

        await client.SignInAsync("hanako@example.jp", "a long enough passphrase");
        var me = await client.GetAsync("/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("山田 花子", await me.Content.ReadAsStringAsync());

        var entries = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "user").Select(a => a.Action).ToListAsync());
        Assert.Contains("user.registered", entries);
        Assert.Contains("user.email-confirmed", entries);
        Assert.Contains("user.signed-in", entries);
    }

    [Fact]
    public async Task Bad_registration_keeps_what_was_typed_and_explains_in_japanese()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/register", "/account/register",
            ("DisplayName", "佐藤 一郎"), ("Email", "ichiro@example.jp"), ("Password", "short"), ("ConfirmPassword", "different"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"ichiro@example.jp\"", html);
        Assert.Contains("value=\"佐藤 一郎\"", html);
        Assert.Contains("10文字以上", html);
        Assert.Contains("一致しません", html);
        Assert.Contains("同意が必要です", html);
        Assert.Contains("class=\"error-summary\"", html);
    }

    [Fact]
    public async Task Duplicate_email_is_refused_with_a_message()
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/register", "/account/register", Registration("resident@demo.example"));
        Assert.Contains("既に登録されています", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var client = factory.CreateBrowserClient();
        await client.PostFormAsync("/account/register", "/account/register", Registration("locked@example.jp"));
        var link = await WaitForMailAsync("locked@example.jp", ConfirmLink());
        await client.GetAsync(new Uri(link).PathAndQuery);
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/account/login", "/account/login", ("Email", "locked@example.jp"), ("Password", "not the password"));
        var locked = await client.PostFormAsync("/account/login", "/account/login", ("Email", "locked@example.jp"), ("Password", "a long enough passphrase"));
        Assert.Contains("15分間ログインできません", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Password_reset_by_mailed_link()
    {
        var client = factory.CreateBrowserClient();
        await client.PostFormAsync("/account/register", "/account/register", Registration("reset@example.jp"));
        await client.GetAsync(new Uri(await WaitForMailAsync("reset@example.jp", ConfirmLink())).PathAndQuery);
        var asked = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", ("Email", "reset@example.jp"));
        Assert.Contains("再設定用のメールを送りました", await asked.Content.ReadAsStringAsync());
        var link = new Uri(await WaitForMailAsync("reset@example.jp", ResetLink())).PathAndQuery;
        var page = await client.GetStringAsync(link);
        var userId = Regex.Match(page, "name=\"UserId\" value=\"([^\"]+)\"").Groups[1].Value;
        var code = Regex.Match(page, "name=\"Code\" value=\"([^\"]+)\"").Groups[1].Value;
        var done = await client.PostFormAsync(link, "/account/reset-password",
            ("UserId", userId), ("Code", code), ("Password", "a brand new passphrase"), ("ConfirmPassword", "a brand new passphrase"));
        Assert.Contains("パスワードを変更しました", await done.Content.ReadAsStringAsync());
        await client.SignInAsync("reset@example.jp", "a brand new passphrase");
    }

    [Fact]
    public async Task Residents_cannot_open_admin_pages_but_administrators_can()
    {
        var resident = factory.CreateBrowserClient();
        await resident.SignInAsync("resident@demo.example");
        var denied = await resident.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/access-denied", denied.Headers.Location!.PathAndQuery);

        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains("staff.chuo@demo.example", page);
    }

    [Fact]
    public async Task Administrator_gives_a_user_a_ward_and_role_and_it_is_audited()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var councillorId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "councillor@demo.example").Select(u => u.Id).SingleAsync());
        var kita = await factory.WithDbAsync(db => db.Set<Participation.Core.Cities.Ward>().Where(w => w.Name == "北区").Select(w => w.Id).SingleAsync());
        var response = await admin.PostFormAsync("/admin/users", $"/admin/users/{councillorId}",
            ("roles", "Councillor"), ("roles", "WardStaff"), ("wardId", kita.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == councillorId));
        Assert.Equal(kita, user.WardId);
        var audit = await factory.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == councillorId && a.Action == "user.roles-changed").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Contains("WardStaff", entry.Details);
        Assert.DoesNotContain("@", entry.Details);
    }

    [Fact]
    public async Task Ward_staff_need_a_ward()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var residentId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "resident@demo.example").Select(u => u.Id).SingleAsync());
        await admin.PostFormAsync("/admin/users", $"/admin/users/{residentId}", ("roles", "WardStaff"), ("wardId", ""));
        var page = await admin.GetStringAsync("/admin/users");
        Assert.Contains("区職員には担当区を選んでください", page);
    }
}
