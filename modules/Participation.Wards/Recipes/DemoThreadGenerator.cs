using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Wards.Models;
using Participation.Wards.Services;

namespace Participation.Wards.Recipes;

/// <summary>Turns <see cref="DemoTopics"/> into one ward's threads, spread over the last two months.</summary>
public sealed class DemoThreadGenerator(Ward ward, string[] places, int seed, DateTime nowUtc)
{
    private readonly Random random = new(seed);
    private int authorCounter;

    public IEnumerable<(DiscussionThread Thread, List<DiscussionPost> Posts)> Threads()
    {
        // Each ward gets a different rotation of topics, so the wards do not read alike.
        var topics = DemoTopics.All.Skip(seed % 4).Concat(DemoTopics.All.Take(seed % 4)).ToList();
        for (var n = 0; n < topics.Count; n++)
        {
            var topic = topics[n];
            var place = places[n % places.Length];
            string Fill(string s) => s.Replace("{place}", place).Replace("{ward}", ward.Name);
            var created = nowUtc.AddDays(-random.Next(3, 60)).AddMinutes(-random.Next(0, 600));
            var title = Fill(topic.Title);
            var body = Fill(topic.Body);
            var thread = new DiscussionThread
            {
                WardId = ward.Id, Category = topic.Category, Title = title, Body = body, AuthorId = NextAuthorId(),
                AuthorNickname = DemoTopics.Nicknames[random.Next(DemoTopics.Nicknames.Length)], CreatedAt = created,
                LastActivityAt = created, SupportCount = random.Next(0, 25), SearchText = SearchText.Of(title, body),
            };
            var posts = new List<DiscussionPost>();
            var at = created;
            foreach (var reply in topic.Replies)
            {
                at = at.AddHours(random.Next(2, 40));
                if (at > nowUtc) at = nowUtc.AddMinutes(-random.Next(5, 120));
                posts.Add(new DiscussionPost
                {
                    AuthorId = NextAuthorId(), AuthorNickname = DemoTopics.Nicknames[random.Next(DemoTopics.Nicknames.Length)],
                    Body = Fill(reply), CreatedAt = at,
                });
            }
            if (topic.Department is not null && topic.Answer is not null)
            {
                at = at.AddDays(random.Next(1, 4));
                if (at > nowUtc) at = nowUtc.AddMinutes(-random.Next(5, 60));
                posts.Add(new DiscussionPost
                {
                    AuthorId = "demo:staff", AuthorNickname = ward.Name, Body = Fill(topic.Answer), IsOfficial = true,
                    Department = topic.Department, CreatedAt = at,
                });
                thread.Status = ThreadStatus.Answered;
            }
            thread.ReplyCount = posts.Count;
            thread.LastActivityAt = posts.Count > 0 ? posts.Max(p => p.CreatedAt) : created;
            if (n == topics.Count - 1 && thread.Status == ThreadStatus.Unanswered) thread.Status = ThreadStatus.Closed;
            yield return (thread, posts);
        }
    }

    /// <summary>
    /// After the first threads are saved: in the first ward one thread is hidden with its reason, and in every
    /// ward one reply is flagged so the moderation queue has work in it.
    /// </summary>
    public void AfterSave(ParticipationDbContext db, DiscussionThread thread, List<DiscussionPost> posts)
    {
        if (thread.Category == "shopping" && posts.Count > 1)
        {
            db.Add(new Flag
            {
                WardId = ward.Id, ThreadId = thread.Id, PostId = posts[1].Id, UserId = "demo:resident-flagger",
                Reason = "off-topic", Note = "スレッドの話題と関係が薄いように思います。", CreatedAt = nowUtc.AddHours(-3),
            });
        }
        if (ward.SortOrder == 0 && thread.Category == "other")
        {
            thread.Visibility = Visibility.Hidden;
            thread.ModerationReason = "個人を特定できる情報が含まれていたため、区が非表示にしました。";
        }
        db.SaveChanges();
    }

    private string NextAuthorId() => $"demo:author:{ward.Id}:{++authorCounter}";
}
