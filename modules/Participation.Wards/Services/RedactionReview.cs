using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Privacy;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>One text under review (a thread's title or body, or a reply's body) and what the redactor found in it.</summary>
public sealed record ReviewField(string Name, string Original, IReadOnlyList<PiiSpan> Detected);

/// <summary>A thread or reply under review, with the original text (kept from an earlier review if there was one).</summary>
public sealed record ReviewItem(DiscussionThread Thread, DiscussionPost? Post, PostRedaction? Saved, IReadOnlyList<ReviewField> Fields);

/// <summary>A mask chosen by staff: which field, where, and what kind. Written in forms as field:start:length:kind.</summary>
public sealed record ChosenMask(string Field, int Start, int Length, PiiKind Kind)
{
    public string Key => $"{Field}:{Start}:{Length}:{Kind}";

    public static ChosenMask? Parse(string? key)
    {
        var parts = key?.Split(':');
        if (parts is not { Length: 4 } || !int.TryParse(parts[1], out var start) || !int.TryParse(parts[2], out var length)
            || !Enum.TryParse<PiiKind>(parts[3], out var kind) || start < 0 || length <= 0) return null;
        return new ChosenMask(parts[0], start, length, kind);
    }
}

/// <summary>
/// Staff review of the masks in a ward post before it is published: the redactor's detections are proposed,
/// staff keep or drop each and add their own; the reviewed text replaces the public one, the original is kept
/// in <see cref="PostRedaction"/> for staff only, and the decision is audited with counts only.
/// </summary>
public sealed class RedactionReview(ParticipationDbContext db, IRedactor redactor, IAuditLog audit, Moderation moderation, TimeProvider clock)
{
    public async Task<ReviewItem?> LoadAsync(int wardId, int threadId, int? postId, CancellationToken ct)
    {
        var thread = await db.Set<DiscussionThread>().FirstOrDefaultAsync(t => t.Id == threadId && t.WardId == wardId, ct);
        if (thread is null) return null;
        DiscussionPost? post = null;
        if (postId is not null)
        {
            post = await db.Set<DiscussionPost>().FirstOrDefaultAsync(p => p.Id == postId && p.ThreadId == threadId && !p.IsOfficial, ct);
            if (post is null) return null;
        }
        var saved = await db.Set<PostRedaction>().FirstOrDefaultAsync(r => r.ThreadId == threadId && r.PostId == postId, ct);
        var fields = post is not null
            ? new[] { Field("body", saved?.OriginalBody ?? post.Body) }
            : [Field("title", saved?.OriginalTitle ?? thread.Title), Field("body", saved?.OriginalBody ?? thread.Body)];
        return new ReviewItem(thread, post, saved, fields);
    }

    private ReviewField Field(string name, string text) => new(name, text, redactor.Detect(text));

    /// <summary>Every occurrence of <paramref name="text"/> in the item's fields, as masks of <paramref name="kind"/>.</summary>
    public static IEnumerable<ChosenMask> Occurrences(ReviewItem item, string? text, PiiKind kind)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (var field in item.Fields)
            for (var at = field.Original.IndexOf(text, StringComparison.Ordinal); at >= 0; at = field.Original.IndexOf(text, at + text.Length, StringComparison.Ordinal))
                yield return new ChosenMask(field.Name, at, text.Length, kind);
    }

    /// <summary>The field's text with the chosen masks applied (out-of-range or overlapping choices are ignored).</summary>
    public static string Masked(ReviewField field, IEnumerable<ChosenMask> masks)
    {
        var spans = new List<PiiSpan>();
        foreach (var m in masks.Where(m => m.Field == field.Name && m.Start + m.Length <= field.Original.Length).OrderBy(m => m.Start))
            if (spans.Count == 0 || spans[^1].End <= m.Start) spans.Add(new PiiSpan(m.Start, m.Length, m.Kind));
        return RedactionApplier.Apply(field.Original, spans);
    }

    /// <summary>Saves the reviewed text as the public one and publishes the thread or reply.</summary>
    public async Task PublishAsync(ReviewItem item, IReadOnlyList<ChosenMask> masks, string userId, CancellationToken ct)
    {
        var detected = item.Fields.SelectMany(f => f.Detected.Select(d => new ChosenMask(f.Name, d.Start, d.Length, d.Kind).Key)).ToHashSet();
        var kept = masks.Count(m => detected.Contains(m.Key));
        var saved = item.Saved;
        if (saved is null)
        {
            saved = new PostRedaction
            {
                WardId = item.Thread.WardId, ThreadId = item.Thread.Id, PostId = item.Post?.Id,
                OriginalTitle = item.Post is null ? item.Fields[0].Original : null,
                OriginalBody = item.Fields[^1].Original, ReviewedBy = userId,
            };
            db.Add(saved);
        }
        saved.ReviewedBy = userId;
        saved.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        if (item.Post is not null) item.Post.Body = Masked(item.Fields[0], masks);
        else
        {
            item.Thread.Title = Masked(item.Fields[0], masks);
            item.Thread.Body = Masked(item.Fields[1], masks);
            item.Thread.SearchText = SearchText.Of(item.Thread.Title, item.Thread.Body);
        }
        audit.Record("wards.redaction-reviewed", item.Post is null ? "wards_thread" : "wards_post", item.Post?.Id ?? item.Thread.Id,
            $"kept={kept};removed={detected.Count - kept};added={masks.Count - kept}");
        await moderation.PublishAsync(item.Thread, item.Post?.Id, ct);
    }
}
