using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Drafts.Models;

namespace Participation.Drafts.Services;

/// <summary>Related materials of a draft: checked by content, images re-encoded (no EXIF/GPS), stored under App_Data.</summary>
public sealed class DraftAttachments(ParticipationDbContext db, UploadCleaner uploads, FileStore store, TimeProvider clock)
{
    /// <summary>The stored attachment, or the check that failed.</summary>
    public async Task<(DraftAttachment? Attachment, UploadCheck Check)> AddAsync(int draftId, string fileName, byte[] content, CancellationToken ct)
    {
        var (file, check) = await uploads.StoreAsync("drafts", fileName, content, ct);
        if (file is null) return (null, check);
        var attachment = new DraftAttachment
        {
            DraftId = draftId, FileName = file.FileName, ContentType = file.ContentType, StoredPath = file.StoredPath,
            Size = file.Size, UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(attachment);
        await db.SaveChangesAsync(ct);
        return (attachment, check);
    }

    public async Task<IReadOnlyList<DraftAttachment>> ListAsync(int draftId, CancellationToken ct = default) =>
        await db.Set<DraftAttachment>().AsNoTracking().Where(a => a.DraftId == draftId).OrderBy(a => a.Id).ToListAsync(ct);

    public Task<DraftAttachment?> FindAsync(int draftId, int id, CancellationToken ct) =>
        db.Set<DraftAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.DraftId == draftId && a.Id == id, ct);

    public Stream? Open(DraftAttachment attachment) => store.OpenRead(attachment.StoredPath);
}
