using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Tests.Infrastructure;
using Participation.Wards.Models;

namespace Participation.Tests.Wards;

public sealed class WardModerationTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task Staff_of_another_ward_cannot_answer_or_moderate()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var thread = await factory.DemoThreadAsync(chuo, "shopping");
        var kita = await factory.SignedInAsync("staff.kita@demo.example");
        var url = $"/wards/{chuo}/discussions/{thread.Id}";
        var kitaWard = await factory.WardIdAsync("北区");
        var ownThread = await factory.DemoThreadAsync(kitaWard, "shopping");
        // Take a token from a page kita can see, then post to chuo's endpoints.
        var ownUrl = $"/wards/{kitaWard}/discussions/{ownThread.Id}";
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.PostFormAsync(ownUrl, url + "/answer", ("Answer.Department", "土木課"), ("Answer.Body", "回答"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.GetAsync($"/wards/{chuo}/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kita.PostFormAsync(ownUrl, $"/wards/{chuo}/moderation/hide", ("threadId", thread.Id.ToString()), ("reason", "不適切"))).StatusCode);
        Assert.DoesNotContain($"action=\"{url}/answer\"", await kita.GetStringAsync(url));
        Assert.Equal(Visibility.Visible, (await factory.ThreadAsync(thread.Id)).Visibility);
        Assert.Equal(HttpStatusCode.OK, (await kita.GetAsync($"/wards/{kitaWard}/moderation")).StatusCode);
    }

    [Fact]
    public async Task Residents_cannot_answer_or_see_the_queue()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var thread = await factory.DemoThreadAsync(chuo, "parks");
        var resident = await factory.SignedInAsync("resident@demo.example");
        var url = $"/wards/{chuo}/discussions/{thread.Id}";
        var answer = await resident.PostFormAsync(url, url + "/answer", ("Answer.Department", "土木課"), ("Answer.Body", "回答"));
        Assert.Contains("access-denied", answer.Headers.Location?.OriginalString ?? "");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<DiscussionPost>().CountAsync(p => p.ThreadId == thread.Id && p.Body == "回答")));
        Assert.NotEqual(HttpStatusCode.OK, (await resident.GetAsync($"/wards/{chuo}/moderation")).StatusCode);
    }

    [Fact]
    public async Task Ward_staff_answer_marks_thread_answered_and_tells_followers()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var resident = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(resident, chuo, "桜通りの横断歩道が消えかけています", "白線がほとんど見えません。", "桜通りの住民", "traffic");
        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var url = $"/wards/{chuo}/discussions/{threadId}";

        var empty = await staff.PostFormAsync(url, url + "/answer", ("Answer.Department", "土木課"), ("Answer.Body", ""));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("value=\"土木課\"", await empty.Content.ReadAsStringAsync());

        var ok = await staff.PostFormAsync(url, url + "/answer", ("Answer.Department", "土木課"), ("Answer.Body", "来月、白線を引き直します。"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(ThreadStatus.Answered, (await factory.ThreadAsync(threadId)).Status);
        var page = await factory.CreateBrowserClient().GetStringAsync(url);
        Assert.Contains("区からの回答", page);
        Assert.Contains("土木課", page);
        Assert.Contains("回答済み", page);
        Assert.DoesNotContain("中央区 総務課 デモ", page);   // staff member's own name stays private
        Assert.Contains("区からの回答のお知らせ", await resident.GetStringAsync("/me"));

        await staff.PostFormAsync(url, url + "/close", ("closed", "true"));
        Assert.Equal(ThreadStatus.Closed, (await factory.ThreadAsync(threadId)).Status);
        var reply = await resident.PostFormAsync(url, url + "/replies", ("Reply.Body", "ありがとうございます"), ("Reply.Nickname", "桜通りの住民"));
        Assert.Equal(HttpStatusCode.BadRequest, reply.StatusCode);
    }

    [Fact]
    public async Task Flag_goes_to_the_queue_and_hiding_shows_the_reason_in_place()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var resident = await factory.SignedInAsync("resident@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(resident, chuo, "本町商店街の宣伝", "本町のお店で大安売り中！今すぐ来てください。", "本町の店主", "shopping");
        var url = $"/wards/{chuo}/discussions/{threadId}";
        await factory.CreateResidentAsync("flagger@demo.example", "通報 花子");
        var flagger = await factory.SignedInAsync("flagger@demo.example");
        Assert.Equal(HttpStatusCode.Redirect, (await flagger.PostFormAsync(url, url + "/flag", ("reason", "spam"), ("note", "宣伝です"))).StatusCode);

        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        var queue = await staff.GetStringAsync($"/wards/{chuo}/moderation");
        Assert.Contains("本町商店街の宣伝", queue);
        Assert.Contains("宣伝・スパム", queue);

        var missing = await staff.PostFormAsync($"/wards/{chuo}/moderation", $"/wards/{chuo}/moderation/hide", ("threadId", threadId.ToString()), ("reason", ""));
        Assert.Equal(Visibility.Visible, (await factory.ThreadAsync(threadId)).Visibility);
        Assert.Equal(HttpStatusCode.Redirect, missing.StatusCode);

        await staff.PostFormAsync($"/wards/{chuo}/moderation", $"/wards/{chuo}/moderation/hide", ("threadId", threadId.ToString()), ("reason", "営業目的の宣伝のため"));
        Assert.Equal(Visibility.Hidden, (await factory.ThreadAsync(threadId)).Visibility);
        var page = await factory.CreateBrowserClient().GetStringAsync(url);
        Assert.Contains("営業目的の宣伝のため", page);
        Assert.DoesNotContain("大安売り", page);
        Assert.DoesNotContain("本町商店街の宣伝", await staff.GetStringAsync($"/wards/{chuo}/moderation"));
    }

    [Fact]
    public async Task Abusive_reply_is_held_until_staff_publish_it()
    {
        var chuo = await factory.WardIdAsync("中央区");
        var thread = await factory.DemoThreadAsync(chuo, "waste");
        var url = $"/wards/{chuo}/discussions/{thread.Id}";
        var resident = await factory.SignedInAsync("resident@demo.example");
        await resident.PostFormAsync(url, url + "/replies", ("Reply.Body", "ルールを守らない人は消えろ"), ("Reply.Nickname", "怒れる住民"));
        var post = await factory.WithDbAsync(db => db.Set<DiscussionPost>().SingleAsync(p => p.ThreadId == thread.Id && p.AuthorNickname == "怒れる住民"));
        Assert.Equal(Visibility.Held, post.Visibility);
        Assert.DoesNotContain("消えろ", await factory.CreateBrowserClient().GetStringAsync(url));

        var staff = await factory.SignedInAsync("staff.chuo@demo.example");
        Assert.Contains("自動保留", await staff.GetStringAsync($"/wards/{chuo}/moderation"));
        await staff.PostFormAsync($"/wards/{chuo}/moderation", $"/wards/{chuo}/moderation/publish", ("threadId", thread.Id.ToString()), ("postId", post.Id.ToString()));
        Assert.Contains("消えろ", await factory.CreateBrowserClient().GetStringAsync(url));
    }
}
