using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Privacy;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>One public text for clustering: a thread (title + body) or a resident's reply, redacted.</summary>
public sealed record WardPostText(string SourceId, int WardId, int ThreadId, string Category, string Text, DateTime CreatedAtUtc);

/// <summary>
/// Public service for the clustering module (per-ward topics): every visible thread and resident reply of a
/// ward, passed through the redactor. Official answers are left out — they are the ward's voice, not residents'.
/// </summary>
public sealed class WardPostTexts(ParticipationDbContext db, IRedactor redactor)
{
    public async Task<IReadOnlyList<WardPostText>> ForWardAsync(int wardId, CancellationToken ct)
    {
        var threads = await db.Set<DiscussionThread>().AsNoTracking()
            .Where(t => t.WardId == wardId && t.Visibility == Visibility.Visible)
            .Select(t => new { t.Id, t.Category, t.Title, t.Body, t.CreatedAt }).ToListAsync(ct);
        var replies = await (from p in db.Set<DiscussionPost>().AsNoTracking()
                             join t in db.Set<DiscussionThread>().AsNoTracking() on p.ThreadId equals t.Id
                             where t.WardId == wardId && t.Visibility == Visibility.Visible && p.Visibility == Visibility.Visible && !p.IsOfficial
                             select new { p.Id, p.ThreadId, t.Category, p.Body, p.CreatedAt }).ToListAsync(ct);
        var texts = threads.Select(t => new WardPostText($"thread:{t.Id}", wardId, t.Id, t.Category, redactor.Redact(t.Title + "\n" + t.Body), t.CreatedAt))
            .Concat(replies.Select(r => new WardPostText($"reply:{r.Id}", wardId, r.ThreadId, r.Category, redactor.Redact(r.Body), r.CreatedAt)));
        return texts.OrderBy(x => x.CreatedAtUtc).ToList();
    }
}
