using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Drafts.Models;

namespace Participation.Drafts.Services.Diff;

/// <summary>Compares two published versions of a draft, pairing sections by their stable anchors.</summary>
public sealed class DraftComparer(ParticipationDbContext db, DraftService drafts)
{
    /// <summary>Null when the draft has no such versions (or only one).</summary>
    public async Task<DraftComparison?> CompareAsync(int draftId, int? from, int? to, CancellationToken ct)
    {
        var numbers = await drafts.VersionNumbersAsync(draftId, ct);
        if (numbers.Count < 2) return null;
        var toNumber = to ?? numbers[^1];
        var fromNumber = from ?? numbers.LastOrDefault(n => n < toNumber);
        if (!numbers.Contains(toNumber) || !numbers.Contains(fromNumber) || fromNumber >= toNumber) return null;

        var versions = await db.Set<DraftVersion>().AsNoTracking()
            .Where(v => v.DraftId == draftId && (v.Number == fromNumber || v.Number == toNumber)).ToListAsync(ct);
        var draft = await db.Set<Draft>().AsNoTracking().FirstAsync(d => d.Id == draftId, ct);
        var old = versions.Single(v => v.Number == fromNumber);
        var @new = versions.Single(v => v.Number == toNumber);
        var (oldIntro, oldParts) = SectionSplitter.Split(old.Markdown);
        var (newIntro, newParts) = SectionSplitter.Split(@new.Markdown);

        var sections = new List<SectionChange>();
        for (var i = 0; i < Math.Max(oldParts.Count, newParts.Count); i++)
        {
            var o = i < oldParts.Count ? oldParts[i] : default;
            var n = i < newParts.Count ? newParts[i] : default;
            sections.Add(new SectionChange(i + 1, $"section-{i + 1}", o.Heading, n.Heading,
                TextDiff.Compare(o.Heading ?? "", n.Heading ?? ""), TextDiff.Compare(o.Body ?? "", n.Body ?? "")));
        }
        return new DraftComparison(drafts.Render(draft, old), drafts.Render(draft, @new), TextDiff.Compare(oldIntro, newIntro), sections);
    }
}
