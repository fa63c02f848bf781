using System.Net;
using Microsoft.EntityFrameworkCore;
using Participation.Core.Identity;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Wards;

/// <summary>Follower mails are written in each recipient's preferred language, not the poster's.</summary>
public sealed class WardMailLanguageTests(WardsSiteFactory factory) : IClassFixture<WardsSiteFactory>
{
    [Fact]
    public async Task English_speaking_follower_gets_the_reply_notice_in_english()
    {
        var wardId = await factory.WardIdAsync("北区");
        var authorId = await factory.CreateResidentAsync("english.author@demo.example", "Alex Example");
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Set<AppUser>().SingleAsync(u => u.Id == authorId);
            user.PreferredCulture = "en";
            return await db.SaveChangesAsync();
        });
        var author = await factory.SignedInAsync("english.author@demo.example");
        var threadId = await WardsSiteFactory.StartThreadAsync(author, wardId, "北公園の水飲み場が壊れています", "夏までに直してほしいです。", "北の利用者");
        await factory.CreateResidentAsync("japanese.neighbour@demo.example", "近所 花子");
        var neighbour = await factory.SignedInAsync("japanese.neighbour@demo.example");
        var url = $"/wards/{wardId}/discussions/{threadId}";
        var reply = await neighbour.PostFormAsync(url, url + "/replies", ("Reply.Body", "私も見ました。"), ("Reply.Nickname", "北の近所"));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        var mail = Directory.GetFiles(factory.MailFolder).Select(f => MimeKit.MimeMessage.Load(f))
            .Single(m => m.To.ToString().Contains("english.author@demo.example") && m.Subject.Contains("北公園の水飲み場"));
        Assert.StartsWith("[New reply]", mail.Subject);
    }
}
