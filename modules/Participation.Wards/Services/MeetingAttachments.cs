using Microsoft.EntityFrameworkCore;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Wards.Models;

namespace Participation.Wards.Services;

/// <summary>Files of a meeting's minutes through Core Files: checked by content, images re-encoded (no EXIF/GPS), stored under App_Data.</summary>
public sealed class MeetingAttachments(ParticipationDbContext db, UploadCleaner uploads, FileStore store,
    IAuditLog audit, TimeProvider clock)
{
    public const int MaxPerMeeting = 20;

    public long MaxBytes => uploads.MaxBytes;

    /// <summary>The stored attachment, or the check that failed (its key is a localisation key).</summary>
    public async Task<(MeetingAttachment? Attachment, UploadCheck Check)> AddAsync(WardMeeting meeting, string fileName, byte[] content, CancellationToken ct)
    {
        if (await db.Set<MeetingAttachment>().CountAsync(a => a.MeetingId == meeting.Id, ct) >= MaxPerMeeting)
            return (null, new UploadCheck(null, "Wards.MinutesEdit.TooManyFiles", MaxPerMeeting));
        var (file, check) = await uploads.StoreAsync("ward-meetings", fileName, content, ct);
        if (file is null) return (null, check);
        var attachment = new MeetingAttachment
        {
            MeetingId = meeting.Id, FileName = file.FileName, ContentType = file.ContentType, StoredPath = file.StoredPath,
            Size = file.Size, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        audit.Record("wards.meeting.attachment-added", "wards_meeting", meeting.Id, $"attachment={attachment.Id} size={attachment.Size}");
        await db.SaveChangesAsync(ct);
        return (attachment, check);
    }

    public async Task<bool> RemoveAsync(WardMeeting meeting, int id, CancellationToken ct)
    {
        var attachment = await db.Set<MeetingAttachment>().FirstOrDefaultAsync(a => a.MeetingId == meeting.Id && a.Id == id, ct);
        if (attachment is null) return false;
        db.Remove(attachment);
        audit.Record("wards.meeting.attachment-removed", "wards_meeting", meeting.Id, $"attachment={id}");
        await db.SaveChangesAsync(ct);
        store.Delete(attachment.StoredPath);
        return true;
    }

    public async Task<IReadOnlyList<MeetingAttachment>> ListAsync(int meetingId, CancellationToken ct) =>
        await db.Set<MeetingAttachment>().AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>Attachments of several meetings at once (the public ward page).</summary>
    public async Task<ILookup<int, MeetingAttachment>> ForMeetingsAsync(IReadOnlyCollection<int> meetingIds, CancellationToken ct) =>
        (await db.Set<MeetingAttachment>().AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId)).OrderBy(a => a.Id).ToListAsync(ct))
            .ToLookup(a => a.MeetingId);

    public Task<MeetingAttachment?> FindAsync(int meetingId, int id, CancellationToken ct) =>
        db.Set<MeetingAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.MeetingId == meetingId && a.Id == id, ct);

    public Stream? Open(MeetingAttachment attachment) => store.OpenRead(attachment.StoredPath);
}
