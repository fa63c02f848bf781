using Microsoft.EntityFrameworkCore;
using Participation.Core.Cities;
using Participation.Core.Data;
using Participation.Core.Recipes;
using Participation.Wards.Models;

namespace Participation.Wards.Recipes;

/// <summary>
/// Demo discussions in every ward: threads from <see cref="DemoTopics"/> with replies, some answered by the
/// ward, one hidden with its reason, one reply waiting in the moderation queue, and meetings.
/// Authors are invented nicknames with synthetic ids (no accounts, no real people).
/// </summary>
public sealed class DemoDiscussionsStep(ParticipationDbContext db, TimeProvider clock) : IRecipeStep
{
    public string Name => "wards.demo-discussions";
    public RecipeKind Kind => RecipeKind.DemoData;
    public int Order => 10;

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<DiscussionThread>().AnyAsync(cancellationToken)) return;
        var wards = await db.Set<Ward>().AsNoTracking().OrderBy(w => w.SortOrder).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < wards.Count; i++)
        {
            var places = DemoTopics.Places[i % DemoTopics.Places.Length];
            var generator = new DemoThreadGenerator(wards[i], places, seed: 2026 + i, now);
            foreach (var (thread, posts) in generator.Threads())
            {
                db.Add(thread);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var post in posts) post.ThreadId = thread.Id;
                db.AddRange(posts);
                await db.SaveChangesAsync(cancellationToken);
                generator.AfterSave(db, thread, posts);
            }
            db.AddRange(DemoMeetings.For(wards[i].Id, wards[i].Name, places[0], i, now));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
