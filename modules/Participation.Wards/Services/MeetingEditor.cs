using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Time;
using Participation.Wards.Models;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Services;

/// <summary>
/// Staff writes on ward meetings and their minutes. Each save carries the form's row version
/// (checked here and again by EF in the UPDATE); every change is audited with ids only.
/// </summary>
public sealed class MeetingEditor(ParticipationDbContext db, IAuditLog audit, TimeProvider clock, IStringLocalizer t)
{
    public enum Outcome { Saved, Invalid, Conflict, Refused }

    public async Task<(Outcome, WardMeeting?)> SaveMeetingAsync(int wardId, WardMeeting? meeting, MeetingInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        var date = DateOnly.TryParseExact(input.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (input.Date is not null && date is null) errors.AddModelError("Input.Date", t["Wards.MeetingEdit.BadDate"]);
        var start = Time(input.StartTime, "Input.StartTime", errors);
        var end = Time(input.EndTime, "Input.EndTime", errors);
        if (start is not null && end is not null && end <= start) errors.AddModelError("Input.EndTime", t["Wards.MeetingEdit.EndBeforeStart"]);
        var url = input.OnlineUrl?.Trim() ?? "";
        if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
            errors.AddModelError("Input.OnlineUrl", t["Wards.MeetingEdit.BadUrl"]);
        if (!Enum.IsDefined(input.Kind)) errors.AddModelError("Input.Kind", t["Wards.MeetingEdit.BadKind"]);
        if (meeting is not null)
        {
            var registered = await db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meeting.Id, ct);
            if (registered > 0 && input.Capacity < registered)
                errors.AddModelError("Input.Capacity", t["Wards.MeetingEdit.CapacityBelowRegistered", registered]);
        }
        if (!errors.IsValid) return (Outcome.Invalid, meeting);
        if (meeting is not null && meeting.Version != input.Version) return (Outcome.Conflict, meeting);

        var isNew = meeting is null;
        meeting ??= db.Add(new WardMeeting { WardId = wardId, Title = "", Place = "" }).Entity;
        if (!isNew) meeting.Version = input.Version + 1;
        meeting.Kind = input.Kind;
        meeting.Title = input.Title!.Trim();
        meeting.StartsAt = TokyoTime.FromTokyo(date!.Value.ToDateTime(start!.Value));
        meeting.EndsAt = TokyoTime.FromTokyo(date.Value.ToDateTime(end!.Value));
        meeting.Place = input.Place!.Trim();
        meeting.OnlineUrl = url.Length > 0 ? url : null;
        meeting.AccessibilityNotes = string.IsNullOrWhiteSpace(input.AccessibilityNotes) ? null : input.AccessibilityNotes.Trim();
        meeting.Capacity = input.Capacity;
        meeting.IsPublished = input.IsPublished;
        if (isNew) await db.SaveChangesAsync(ct);
        audit.Record(isNew ? "wards.meeting.created" : "wards.meeting.edited", "wards_meeting", meeting.Id, $"ward={wardId} published={meeting.IsPublished}");
        return (await SaveAsync(ct) ? Outcome.Saved : Outcome.Conflict, meeting);
    }

    public async Task<Outcome> SaveMinutesAsync(WardMeeting meeting, MinutesInput input, ModelStateDictionary errors, CancellationToken ct)
    {
        var text = input.Minutes?.Replace("\r\n", "\n").Trim() ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        if (input.Publish && text.Length == 0) errors.AddModelError("Input.Minutes", t["Wards.MinutesEdit.EmptyPublish"]);
        if (input.Publish && meeting.StartsAt > now) errors.AddModelError("Input.Publish", t["Wards.MinutesEdit.NotYetHeld"]);
        if (input.Publish && !meeting.IsPublished) errors.AddModelError("Input.Publish", t["Wards.MinutesEdit.MeetingNotPublished"]);
        if (!errors.IsValid) return Outcome.Invalid;
        if (meeting.Version != input.Version) return Outcome.Conflict;
        var wasPublished = meeting.MinutesPublished;
        meeting.Minutes = text.Length > 0 ? text : null;
        meeting.MinutesPublished = input.Publish;
        if (input.Publish && !wasPublished) meeting.MinutesPublishedAt = now;
        meeting.Version = input.Version + 1;
        var action = input.Publish == wasPublished ? "wards.minutes.saved" : input.Publish ? "wards.minutes.published" : "wards.minutes.unpublished";
        audit.Record(action, "wards_meeting", meeting.Id, $"chars={text.Length}");
        return await SaveAsync(ct) ? Outcome.Saved : Outcome.Conflict;
    }

    public async Task<Outcome> DeleteMeetingAsync(WardMeeting meeting, ModelStateDictionary errors, CancellationToken ct)
    {
        var registered = await db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meeting.Id, ct);
        if (registered > 0)
        {
            errors.AddModelError("", t["Wards.MeetingEdit.HasRegistrations", registered]);
            return Outcome.Refused;
        }
        db.Remove(meeting);
        audit.Record("wards.meeting.deleted", "wards_meeting", meeting.Id, $"ward={meeting.WardId}");
        return await SaveAsync(ct) ? Outcome.Saved : Outcome.Conflict;
    }

    private TimeOnly? Time(string? text, string key, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normal = text.Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (TimeOnly.TryParseExact(normal, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        errors.AddModelError(key, t["Wards.MeetingEdit.BadTime"]);
        return null;
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); return true; }
        catch (DbUpdateConcurrencyException) { db.ChangeTracker.Clear(); return false; }
    }
}
