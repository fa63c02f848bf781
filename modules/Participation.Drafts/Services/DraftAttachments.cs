using Microsoft.EntityFrameworkCore;
using Participation.Core.Data;
using Participation.Core.Files;
using Participation.Drafts.Models;

namespace Participation.Drafts.Services;

/// <summary>Related materials of a draft: checked by content, images re-encoded (no EXIF/GPS), stored under App_Data.</summary>
public sealed class DraftAttachments(ParticipationDbContext db, UploadChecker checker, ImageReencoder images, FileStore store, TimeProvider clock)
{
    /// <summary>The stored attachment, or the check that failed.</summary>
    public async Task<(DraftAttachment? Attachment, UploadCheck Check)> AddAsync(int draftId, string fileName, byte[] content, CancellationToken ct)
    {
        var check = checker.Check(fileName, content);
        if (!check.Ok) return (null, check);
        var kind = check.Kind!.Value;
        if (kind.IsImage())
        {
            if (images.Reencode(content, kind) is not { } clean) return (null, new UploadCheck(null, "Upload.Error.Broken"));
            (content, kind) = clean;
        }
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName)).Trim();
        var attachment = new DraftAttachment
        {
            DraftId = draftId, FileName = (name.Length == 0 ? "attachment" : name[..Math.Min(name.Length, 200)]) + kind.Extension(),
            ContentType = kind.ContentType(), StoredPath = await store.SaveAsync("drafts", content, kind, ct),
            Size = content.Length, UploadedAt = clock.GetUtcNow().UtcDateTime,
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
