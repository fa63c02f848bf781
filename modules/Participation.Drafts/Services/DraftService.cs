using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Markdown;
using Participation.Drafts.Models;

namespace Participation.Drafts.Services;

/// <summary>The public service other modules call: read a draft as sections, create drafts and versions.</summary>
public sealed class DraftService(ParticipationDbContext db, IMarkdownRenderer markdown, TimeProvider clock)
{
    public async Task<DraftView?> GetAsync(int draftId, int? versionNumber = null, CancellationToken ct = default)
    {
        var draft = await db.Set<Draft>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId, ct);
        if (draft is null) return null;
        var query = db.Set<DraftVersion>().AsNoTracking().Where(v => v.DraftId == draftId);
        if (versionNumber is not null) query = query.Where(v => v.Number == versionNumber);
        var version = await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (version is null) return null;
        return Render(draft, version);
    }

    public async Task<IReadOnlyList<int>> VersionNumbersAsync(int draftId, CancellationToken ct = default) =>
        await db.Set<DraftVersion>().Where(v => v.DraftId == draftId).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);

    public DraftView Render(Draft draft, DraftVersion version)
    {
        var (intro, parts) = SectionSplitter.Split(version.Markdown);
        var sections = parts.Select((p, i) => new DraftSection(i + 1, $"section-{i + 1}", p.Heading, p.Body,
            markdown.ToSafeHtml(p.Body))).ToList();
        return new DraftView(draft.Id, draft.Title, draft.Department, version.Number, version.PublishedAt,
            version.ChangeNote, markdown.ToSafeHtml(intro), sections);
    }

    public async Task<Draft> CreateAsync(string title, string department, int? wardId, string markdownText, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new Draft { Title = title, Department = department, WardId = wardId, CreatedAt = now };
        draft.Versions.Add(new DraftVersion { Number = 1, Markdown = markdownText, PublishedAt = now });
        db.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft;
    }

    /// <summary>Publishes a revised text; earlier versions stay readable for the difference view.</summary>
    public async Task<DraftVersion> AddVersionAsync(int draftId, string markdownText, string? changeNote, CancellationToken ct = default)
    {
        var last = await db.Set<DraftVersion>().Where(v => v.DraftId == draftId).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var version = new DraftVersion { DraftId = draftId, Number = last + 1, Markdown = markdownText,
            ChangeNote = changeNote, PublishedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    public async Task<IReadOnlyList<Draft>> ListAsync(CancellationToken ct = default) =>
        await db.Set<Draft>().AsNoTracking().OrderByDescending(d => d.CreatedAt).ToListAsync(ct);

    public Task<string?> LatestMarkdownAsync(int draftId, CancellationToken ct = default) =>
        db.Set<DraftVersion>().Where(v => v.DraftId == draftId).OrderByDescending(v => v.Number).Select(v => v.Markdown).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Rewrites the latest version in place: only while nobody could have commented on it yet
    /// (the round has not opened). After that, a change is a new version.
    /// </summary>
    public async Task ReplaceLatestAsync(int draftId, string title, string department, int? wardId, string markdownText, CancellationToken ct = default)
    {
        var draft = await db.Set<Draft>().FirstAsync(d => d.Id == draftId, ct);
        draft.Title = title;
        draft.Department = department;
        draft.WardId = wardId;
        var latest = await db.Set<DraftVersion>().Where(v => v.DraftId == draftId).OrderByDescending(v => v.Number).FirstAsync(ct);
        latest.Markdown = markdownText;
        latest.PublishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
