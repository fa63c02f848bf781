using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Wards;

public sealed class DiscussionPostingTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task Resident_starts_a_thread_shown_under_their_nickname_only()
    {
        var id = await factory.WardIdAsync("中央区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(client, id, "中央公園の街灯が暗い", "夜の**散歩**が少し怖いです。\n\n<script>alert(1)</script>", "夜の散歩人");
        var html = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}/discussions/{threadId}");
        Assert.Contains("中央公園の街灯が暗い", html);
        Assert.Contains("夜の散歩人", html);
        Assert.Contains("<strong>散歩</strong>", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.DoesNotContain("resident@demo.example", html);
        Assert.DoesNotContain("市民 デモ", html);
        var wardPage = await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}");
        Assert.Contains($"href=\"/wards/{id}/discussions/{threadId}\"", wardPage);
        Assert.DoesNotContain("resident@demo.example", wardPage);
    }

    [Fact]
    public async Task Nickname_may_not_be_the_account_name_or_an_email()
    {
        var id = await factory.WardIdAsync("中央区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var response = await client.PostFormAsync($"/wards/{id}/discussions/new", $"/wards/{id}/discussions",
            ("Category", "parks"), ("Title", "ベンチの件"), ("Body", "本文です"), ("Nickname", "市民 デモ"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("アカウントの名前やメールアドレスとは別のニックネーム", html);
        Assert.Contains("ベンチの件", html);
    }

    [Theory]
    [InlineData("", "本文", "parks", "タイトルを入力してください。")]
    [InlineData("題", "", "parks", "本文を入力してください。")]
    [InlineData("題", "本文", "martians", "カテゴリーを一覧から選んでください。")]
    public async Task Bad_input_gets_a_message_and_keeps_what_was_typed(string title, string body, string category, string message)
    {
        var id = await factory.WardIdAsync("北区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var response = await client.PostFormAsync($"/wards/{id}/discussions/new", $"/wards/{id}/discussions",
            ("Category", category), ("Title", title), ("Body", body), ("Nickname", "北の住民"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("value=\"北の住民\"", html);
        if (title.Length > 0) Assert.Contains($"value=\"{title}\"", html);
        if (body.Length > 0) Assert.Contains($"{body}</textarea>", html);
    }

    [Fact]
    public async Task Over_long_title_is_refused_and_kept()
    {
        var id = await factory.WardIdAsync("北区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var title = new string('長', DiscussionLimits.TitleMax + 1);
        var response = await client.PostFormAsync($"/wards/{id}/discussions/new", $"/wards/{id}/discussions",
            ("Category", "parks"), ("Title", title), ("Body", "本文"), ("Nickname", "北の住民"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("100文字以内", html);
        Assert.Contains(title, html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<DiscussionThread>().CountAsync(t => t.Title == title)));
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var id = await factory.WardIdAsync("北区");
        var response = await factory.CreateBrowserClient().GetAsync($"/wards/{id}/discussions/new");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Support_counts_once_per_person()
    {
        var id = await factory.WardIdAsync("南区");
        var thread = await factory.DemoThreadAsync(id, "transport");
        var client = await factory.SignedInAsync("resident@demo.example");
        var url = $"/wards/{id}/discussions/{thread.Id}";
        await client.PostFormAsync(url, url + "/support");
        await client.PostFormAsync(url, url + "/support");
        var after = await factory.ThreadAsync(thread.Id);
        Assert.Equal(thread.SupportCount + 1, after.SupportCount);
        Assert.Contains("賛同済み", await client.GetStringAsync(url));
    }

    [Fact]
    public async Task Reply_notifies_followers_by_mail_and_on_me()
    {
        var id = await factory.WardIdAsync("東区");
        var author = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(author, id, "東原の歩道橋にスロープを", "ベビーカーで渡れません。", "東原の親");
        await factory.CreateResidentAsync("neighbour@demo.example", "隣人 太郎");
        var neighbour = await factory.SignedInAsync("neighbour@demo.example");
        var url = $"/wards/{id}/discussions/{threadId}";
        var before = Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder).Length : 0;
        var reply = await neighbour.PostFormAsync(url, url + "/replies", ("Reply.Body", "私も困っています。"), ("Reply.Nickname", "となりの住民"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var page = await factory.CreateBrowserClient().GetStringAsync(url);
        Assert.Contains("私も困っています。", page);
        Assert.Contains("となりの住民", page);
        Assert.DoesNotContain("隣人 太郎", page);
        var mails = Directory.GetFiles(factory.MailFolder);
        Assert.True(mails.Length > before);
        Assert.Contains(mails, f => File.ReadAllText(f).Contains("resident@demo.example"));
        var me = await author.GetStringAsync("/me");
        Assert.Contains("新しい返信のお知らせ", me);
        Assert.Contains("東原の歩道橋にスロープを", me);
    }

    [Fact]
    public async Task Personal_data_in_a_post_is_held_for_review()
    {
        var id = await factory.WardIdAsync("西区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(client, id, "騒音について", "隣の山田さん（電話 090-1234-5678）がうるさいです。", "西の住民");
        Assert.Equal(Visibility.Held, (await factory.ThreadAsync(threadId)).Visibility);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserClient().GetAsync($"/wards/{id}/discussions/{threadId}")).StatusCode);
        Assert.Contains("確認中", await client.GetStringAsync($"/wards/{id}/discussions/{threadId}"));
        Assert.DoesNotContain("090-1234-5678", await factory.CreateBrowserClient().GetStringAsync($"/wards/{id}?q=騒音"));
    }

    [Fact]
    public async Task Edits_keep_a_history()
    {
        var id = await factory.WardIdAsync("緑が丘区");
        var client = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(client, id, "さくら台の桜並木", "最初の文章です。", "さくら好き");
        var url = $"/wards/{id}/discussions/{threadId}";
        var edit = await client.PostFormAsync(url + "/edit", url + "/edit", ("Title", "さくら台の桜並木を守りたい"), ("Body", "内容を書き直しました。"));
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var history = await factory.CreateBrowserClient().GetStringAsync(url + "/history");
        Assert.Contains("最初の文章です。", history);
        Assert.Contains("内容を書き直しました。", history);
    }
}
