using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Committees.Models;
using Participation.Committees.ViewModels;
using Participation.Core.Audit;
using Participation.Core.Data;

namespace Participation.Committees.Services.Members;

/// <summary>
/// The secretariat's writes on a committee's members: add, edit (refused when the form is older than the record)
/// and remove. Audit entries carry ids and the consent change only, never names. Saving evicts the cached public
/// committee page (the page cache's save hook), so a withdrawn consent takes the name off at once.
/// </summary>
public sealed class MemberEditor(ParticipationDbContext db, IAuditLog audit, IStringLocalizer t)
{
    public enum Outcome { Saved, Invalid, Conflict, Gone }

    /// <summary>Adds a member (<paramref name="member"/> null) or updates one.</summary>
    public async Task<(Outcome Outcome, CommitteeMember? Member)> SaveAsync(int committeeId, CommitteeMember? member, MemberInput input,
        ModelStateDictionary errors, CancellationToken ct)
    {
        var start = ReadDay(input.TermStart, "Input.TermStart", errors);
        var end = ReadDay(input.TermEnd, "Input.TermEnd", errors);
        if (start is not null && end is not null && end < start) errors.AddModelError("Input.TermEnd", t["Secretariat.Members.TermOrder"]);
        if (!errors.IsValid) return (Outcome.Invalid, member);
        if (member is not null && member.Version != input.Version) return (Outcome.Conflict, member);

        var isNew = member is null;
        var consentBefore = member?.ConsentToPublish;
        member ??= db.Add(new CommitteeMember { CommitteeId = committeeId }).Entity;
        if (!isNew) member.Version = input.Version + 1;
        member.Name = input.Name!.Trim();
        member.Role = input.Role?.Trim() ?? "";
        member.TermStart = start;
        member.TermEnd = end;
        member.ConsentToPublish = input.ConsentToPublish;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed or removed between our read and our write.
            db.ChangeTracker.Clear();
            return await db.Set<CommitteeMember>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == member.Id, ct) is { } current
                ? (Outcome.Conflict, current) : (Outcome.Gone, null);
        }
        var details = $"committee={committeeId} published={(member.ConsentToPublish ? "yes" : "no")}";
        audit.Record(isNew ? "committee.member.added" : "committee.member.edited", "committee_member", Id(member.Id), details);
        if (consentBefore is { } before && before != member.ConsentToPublish)
            audit.Record(member.ConsentToPublish ? "committee.member.consent-given" : "committee.member.consent-withdrawn", "committee_member",
                Id(member.Id), $"committee={committeeId}");
        await db.SaveChangesAsync(ct);
        return (Outcome.Saved, member);
    }

    /// <summary>Removes a member; false when there is none (already removed, or not of this committee).</summary>
    public async Task<bool> RemoveAsync(int committeeId, int memberId, CancellationToken ct)
    {
        var member = await db.Set<CommitteeMember>().FirstOrDefaultAsync(m => m.Id == memberId && m.CommitteeId == committeeId, ct);
        if (member is null) return false;
        db.Remove(member);
        audit.Record("committee.member.removed", "committee_member", Id(memberId),
            $"committee={committeeId} from_application={(member.ApplicationId is null ? "no" : "yes")}");
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            // Another request removed it first: the outcome is the same.
            db.ChangeTracker.Clear();
            return false;
        }
        return true;
    }

    private DateOnly? ReadDay(string? text, string key, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Normalize(System.Text.NormalizationForm.FormKC).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 2200)
            return day;
        errors.AddModelError(key, t["Secretariat.Members.BadDate"]);
        return null;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
