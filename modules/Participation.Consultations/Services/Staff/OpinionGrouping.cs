using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Consultations.Models;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// Groups similar opinions and answers each group once. Edits of a group's text use its Version as an
/// optimistic concurrency token: a save based on an older version is refused as a conflict.
/// Audit details carry ids and field names only, never text.
/// </summary>
public sealed class OpinionGrouping(ParticipationDbContext db, IAuditLog audit, IOptions<ConsultationOptions> options)
{
    public const int MaxSummary = 2_000;
    public const int MaxAnswer = 10_000;

    public async Task<EditResult> CreateAsync(int roundId, string? section, string? summary, IReadOnlyCollection<int> opinionIds, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(summary)) errors["Summary"] = "RoundStaff.Groups.Error.SummaryRequired";
        else if (summary.Length > MaxSummary) errors["Summary"] = "RoundStaff.Groups.Error.SummaryTooLong";
        if (errors.Count > 0) return EditResult.Invalid(errors);
        var order = await db.Set<OpinionGroup>().Where(g => g.RoundId == roundId).Select(g => (int?)g.Order).MaxAsync(ct) ?? -1;
        var group = new OpinionGroup
        {
            RoundId = roundId, Section = string.IsNullOrWhiteSpace(section) ? Opinion.General : section.Trim(),
            Summary = summary!.Trim(), Order = order + 1,
        };
        db.Add(group);
        await db.SaveChangesAsync(ct);
        var moved = await MoveAsync(roundId, group.Id, opinionIds, ct);
        audit.Record("opinion-group.created", "opinion-group", group.Id, $"round={roundId};opinions={moved}");
        await db.SaveChangesAsync(ct);
        return new EditResult(EditOutcome.Saved, Id: group.Id);
    }

    public async Task<bool> AssignAsync(int roundId, int groupId, IReadOnlyCollection<int> opinionIds, CancellationToken ct)
    {
        if (!await db.Set<OpinionGroup>().AnyAsync(g => g.Id == groupId && g.RoundId == roundId, ct)) return false;
        var moved = await MoveAsync(roundId, groupId, opinionIds, ct);
        audit.Record("opinion-group.opinions-added", "opinion-group", groupId, $"opinions={moved}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> RemoveAsync(int roundId, int groupId, IReadOnlyCollection<int> opinionIds, CancellationToken ct)
    {
        var opinions = await db.Set<Opinion>().Where(o => o.RoundId == roundId && o.GroupId == groupId && opinionIds.Contains(o.Id)).ToListAsync(ct);
        if (opinions.Count == 0) return false;
        foreach (var o in opinions) o.GroupId = null;
        audit.Record("opinion-group.opinions-removed", "opinion-group", groupId, $"opinions={opinions.Count}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Moves every opinion of <paramref name="sourceId"/> into <paramref name="targetId"/> and deletes the source.</summary>
    public async Task<bool> MergeAsync(int roundId, int targetId, int sourceId, CancellationToken ct)
    {
        if (targetId == sourceId) return false;
        var groups = await db.Set<OpinionGroup>().Where(g => g.RoundId == roundId && (g.Id == targetId || g.Id == sourceId)).ToListAsync(ct);
        if (groups.Count != 2) return false;
        var members = await db.Set<Opinion>().Where(o => o.GroupId == sourceId).ToListAsync(ct);
        foreach (var o in members) o.GroupId = targetId;
        db.Remove(groups.Single(g => g.Id == sourceId));
        audit.Record("opinion-group.merged", "opinion-group", targetId, $"from={sourceId};opinions={members.Count}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<EditResult> SaveAsync(int roundId, int groupId, GroupForm form, IReadOnlySet<string> sections, CancellationToken ct)
    {
        var group = await db.Set<OpinionGroup>().FirstOrDefaultAsync(g => g.Id == groupId && g.RoundId == roundId, ct);
        if (group is null) return EditResult.NotFound;
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(form.Summary)) errors[nameof(GroupForm.Summary)] = "RoundStaff.Groups.Error.SummaryRequired";
        else if (form.Summary.Length > MaxSummary) errors[nameof(GroupForm.Summary)] = "RoundStaff.Groups.Error.SummaryTooLong";
        if (form.Answer?.Length > MaxAnswer) errors[nameof(GroupForm.Answer)] = "RoundStaff.Groups.Error.AnswerTooLong";
        if (!string.IsNullOrEmpty(form.Reflection) && options.Value.Reflection(form.Reflection) is null)
            errors[nameof(GroupForm.Reflection)] = "RoundStaff.Groups.Error.Reflection";
        if (form.ChangedSections.Any(s => !sections.Contains(s))) errors[nameof(GroupForm.ChangedSections)] = "RoundStaff.Groups.Error.Section";
        if (errors.Count > 0) return EditResult.Invalid(errors);
        if (group.Version != form.Version) return EditResult.Conflict;

        var changed = new List<string>();
        void Set(string field, string? before, string? after, Action apply)
        {
            if (before == after) return;
            apply();
            changed.Add(field);
        }
        var changedSections = form.ChangedSections.Count == 0 ? null : string.Join(',', form.ChangedSections.Distinct());
        Set("summary", group.Summary, form.Summary!.Trim(), () => group.Summary = form.Summary!.Trim());
        Set("answer", group.Answer, Clean(form.Answer), () => group.Answer = Clean(form.Answer));
        Set("reflection", group.Reflection, Clean(form.Reflection), () => group.Reflection = Clean(form.Reflection));
        Set("changed-sections", group.ChangedSections, changedSections, () => group.ChangedSections = changedSections);
        if (changed.Count == 0) return EditResult.Saved;
        // The database compares the version it holds with the one the editor started from.
        db.Entry(group).Property(g => g.Version).OriginalValue = form.Version;
        group.Version = form.Version + 1;
        audit.Record("opinion-group.edited", "opinion-group", group.Id, "fields=" + string.Join(',', changed));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict;
        }
        return EditResult.Saved;
    }

    /// <summary>Splits one opinion into pieces: the first keeps the opinion (and its group), the others are new, ungrouped.</summary>
    public async Task<EditResult> SplitAsync(int roundId, int opinionId, SplitForm form, IReadOnlySet<string> sections, CancellationToken ct)
    {
        var opinion = await db.Set<Opinion>().FirstOrDefaultAsync(o => o.Id == opinionId && o.RoundId == roundId, ct);
        if (opinion is null) return EditResult.NotFound;
        var errors = new Dictionary<string, string>();
        var pieces = form.Pieces.Select((p, i) => (p, i)).Where(x => !string.IsNullOrWhiteSpace(x.p.Text)).ToList();
        if (pieces.Count == 0) errors["Pieces[0].Text"] = "RoundStaff.Split.Error.Empty";
        foreach (var (p, i) in pieces)
        {
            if (p.Text!.Length > options.Value.MaxOpinionLength) errors[$"Pieces[{i}].Text"] = "RoundStaff.Split.Error.TooLong";
            var section = string.IsNullOrWhiteSpace(p.Section) ? Opinion.General : p.Section;
            if (section != Opinion.General && !sections.Contains(section)) errors[$"Pieces[{i}].Section"] = "RoundStaff.Groups.Error.Section";
        }
        if (errors.Count > 0) return EditResult.Invalid(errors);
        if (opinion.Version != form.Version) return EditResult.Conflict;

        var siblings = await db.Set<Opinion>().Where(o => o.SubmissionId == opinion.SubmissionId).ToListAsync(ct);
        var order = siblings.Max(o => o.Order);
        var first = pieces[0].p;
        db.Entry(opinion).Property(o => o.Version).OriginalValue = form.Version;
        opinion.Version = form.Version + 1;
        if (opinion.Text != first.Text!.Trim() || opinion.Section != Section(first))
        {
            opinion.Text = first.Text!.Trim();
            opinion.Section = Section(first);
            opinion.PublishedText = null;           // the text changed: redact and review again
            opinion.RedactionReviewed = false;
        }
        foreach (var (p, _) in pieces.Skip(1))
            db.Add(new Opinion { SubmissionId = opinion.SubmissionId, RoundId = roundId, Section = Section(p), Text = p.Text!.Trim(), Order = ++order });
        audit.Record("opinion.split", "opinion", opinion.Id, $"pieces={pieces.Count}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict;
        }
        return EditResult.Saved;
    }

    private async Task<int> MoveAsync(int roundId, int groupId, IReadOnlyCollection<int> opinionIds, CancellationToken ct)
    {
        if (opinionIds.Count == 0) return 0;
        var opinions = await db.Set<Opinion>().Where(o => o.RoundId == roundId && opinionIds.Contains(o.Id)).ToListAsync(ct);
        foreach (var o in opinions) o.GroupId = groupId;
        return opinions.Count;
    }

    private static string Section(SplitPiece p) => string.IsNullOrWhiteSpace(p.Section) ? Opinion.General : p.Section.Trim();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
