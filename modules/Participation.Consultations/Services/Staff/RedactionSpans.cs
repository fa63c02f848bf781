using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Privacy;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// Span-by-span changes to what is published: mask words the automatic pass missed (every occurrence of the exact
/// text staff entered or selected), or undo one mask that hid something harmless. Audited with kinds and counts
/// only; the opinion counts as reviewed afterwards. Once results are out the public page shows the change at once.
/// </summary>
public sealed class RedactionSpans(ParticipationDbContext db, IRedactor redactor, IAuditLog audit)
{
    public const int MaxMaskText = 200;

    public async Task<EditResult> AddAsync(int roundId, int opinionId, string? text, string? kind, int version, CancellationToken ct)
    {
        var o = await FindAsync(roundId, opinionId, ct);
        if (o is null) return EditResult.NotFound;
        var target = text?.Trim() ?? "";
        if (target.Length == 0) return Invalid("MaskText", "RoundMask.Error.Required");
        if (target.Length > MaxMaskText) return Invalid("MaskText", "RoundMask.Error.TooLong");
        if (o.Version != version) return EditResult.Conflict;
        var published = o.PublishedText ?? redactor.Redact(o.Text);
        var masks = RedactionMarkup.MaskMatches(published);
        var mask = MaskAlignment.MaskFor(kind);
        var result = new System.Text.StringBuilder();
        int at = 0, count = 0, from = 0;
        while ((from = published.IndexOf(target, from, StringComparison.Ordinal)) >= 0)
        {
            var end = from + target.Length;
            if (masks.Any(m => from < m.Index + m.Length && m.Index < end)) { from++; continue; }   // never inside an existing mask
            result.Append(published, at, from - at).Append(mask);
            at = from = end;
            count++;
        }
        if (count == 0) return Invalid("MaskText", "RoundMask.Error.NotFound");
        result.Append(published, at, published.Length - at);
        return await SaveAsync(o, result.ToString(), version, "opinion.redaction-mask-added", $"mask={mask};count={count}", ct, count);
    }

    public async Task<EditResult> RemoveAsync(int roundId, int opinionId, int index, int version, CancellationToken ct)
    {
        var o = await FindAsync(roundId, opinionId, ct);
        if (o is null) return EditResult.NotFound;
        if (o.Version != version) return EditResult.Conflict;
        var published = o.PublishedText ?? redactor.Redact(o.Text);
        var spans = MaskAlignment.Align(o.Text, published);
        if (index < 0 || index >= spans.Count) return Invalid("MaskIndex", "RoundMask.Error.NoSuchMask");
        var span = spans[index];
        if (span.Original is null) return Invalid("MaskIndex", "RoundMask.Error.CannotRestore");
        var restored = published[..span.Start] + span.Original + published[(span.Start + span.Length)..];
        return await SaveAsync(o, restored, version, "opinion.redaction-mask-removed", $"mask={span.Mask}", ct, 1);
    }

    private async Task<EditResult> SaveAsync(Opinion o, string published, int version, string action, string details, CancellationToken ct, int count)
    {
        o.PublishedText = published;
        o.RedactionReviewed = true;
        db.Entry(o).Property(x => x.Version).OriginalValue = version;
        o.Version = version + 1;
        audit.Record(action, "opinion", o.Id, details);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict;
        }
        return new EditResult(EditOutcome.Saved, Id: count);
    }

    private Task<Opinion?> FindAsync(int roundId, int opinionId, CancellationToken ct) =>
        db.Set<Opinion>().FirstOrDefaultAsync(x => x.Id == opinionId && x.RoundId == roundId && x.Submission.Status == SubmissionStatus.Active, ct);

    private static EditResult Invalid(string field, string key) => EditResult.Invalid(new() { [field] = key });
}
