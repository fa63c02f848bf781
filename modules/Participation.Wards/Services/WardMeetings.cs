using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Wards.Models;
using Participation.Wards.ViewModels;

namespace Participation.Wards.Services;

/// <summary>Upcoming meetings with their registrations, and registering within capacity.</summary>
public sealed class WardMeetings(ParticipationDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<List<MeetingView>> UpcomingAsync(int wardId, string? viewerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var meetings = await db.Set<WardMeeting>().AsNoTracking().Where(m => m.WardId == wardId && m.IsPublished && m.EndsAt >= now)
            .OrderBy(m => m.StartsAt).ToListAsync(ct);
        var ids = meetings.Select(m => m.Id).ToList();
        var regs = await db.Set<MeetingRegistration>().AsNoTracking().Where(r => ids.Contains(r.MeetingId))
            .Select(r => new { r.MeetingId, r.UserId }).ToListAsync(ct);
        return meetings.Select(m => new MeetingView(m, regs.Count(r => r.MeetingId == m.Id),
            viewerId is not null && regs.Any(r => r.MeetingId == m.Id && r.UserId == viewerId))).ToList();
    }

    public Task<List<WardMeeting>> PastWithMinutesAsync(int wardId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<WardMeeting>().AsNoTracking().Where(m => m.WardId == wardId && m.IsPublished && m.MinutesPublished && m.EndsAt < now && m.Minutes != null)
            .OrderByDescending(m => m.StartsAt).Take(5).ToListAsync(ct);
    }

    public enum RegisterResult { Registered, AlreadyRegistered, Full, NotOpen }

    public async Task<RegisterResult> RegisterAsync(WardMeeting meeting, string userId, CancellationToken ct)
    {
        if (meeting.Capacity <= 0 || meeting.StartsAt < clock.GetUtcNow().UtcDateTime) return RegisterResult.NotOpen;
        if (await db.Set<MeetingRegistration>().AnyAsync(r => r.MeetingId == meeting.Id && r.UserId == userId, ct)) return RegisterResult.AlreadyRegistered;
        if (await db.Set<MeetingRegistration>().CountAsync(r => r.MeetingId == meeting.Id, ct) >= meeting.Capacity) return RegisterResult.Full;
        db.Add(new MeetingRegistration { MeetingId = meeting.Id, UserId = userId, CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Record("wards.meeting.registered", "wards_meeting", meeting.Id);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); return RegisterResult.AlreadyRegistered; }
        return RegisterResult.Registered;
    }
}
