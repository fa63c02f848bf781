using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Drafts.Models;
using Participation.Drafts.Services;

namespace Participation.Drafts.GraphQL;

/// <summary>
/// Drafts for one GraphQL request, each read once however many rounds point at it. Sections come from the
/// headings only (no Markdown rendering): the API gives structure, the page gives the text.
/// </summary>
public sealed class DraftGraphData(ParticipationDbContext db)
{
    private readonly Dictionary<(int, int?), DraftGraph?> cache = [];

    public async Task<DraftGraph?> GetAsync(int draftId, int? version, CancellationToken ct)
    {
        if (cache.TryGetValue((draftId, version), out var known)) return known;
        var draft = await db.Set<Draft>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId, ct);
        var query = db.Set<DraftVersion>().AsNoTracking().Where(v => v.DraftId == draftId);
        if (version is not null) query = query.Where(v => v.Number == version);
        var current = draft is null ? null : await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var graph = draft is null || current is null ? null : new DraftGraph(draft.Id, draft.Title, draft.Department, current.Number,
            current.PublishedAt, SectionSplitter.Split(current.Markdown).Sections
                .Select((s, i) => new SectionGraph($"section-{i + 1}", i + 1, s.Heading)).ToList());
        cache[(draftId, version)] = graph;
        return graph;
    }

    /// <summary>The section an opinion or group is tied to; unknown anchors keep their id with an empty heading.</summary>
    public static SectionGraph Section(DraftGraph? draft, string anchor) =>
        anchor == SectionGraph.General.Id ? SectionGraph.General
        : draft?.Sections.FirstOrDefault(s => s.Id == anchor) ?? new SectionGraph(anchor, null, "");
}
