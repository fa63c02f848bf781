using Microsoft.EntityFrameworkCore;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Files;

namespace Participation.Consultations.Services.Staff;

/// <summary>
/// The files of a submission — the resident's attachment or the scan of a paper/FAX original — for staff who
/// hold the personal-data permission. Files are read only from the uploads folder, by the stored path.
/// </summary>
public sealed class SubmissionFiles(ParticipationDbContext db, FileStore store)
{
    public async Task<IReadOnlyList<SubmissionAttachment>> ListAsync(int submissionId, CancellationToken ct) =>
        await db.Set<SubmissionAttachment>().AsNoTracking().Where(a => a.SubmissionId == submissionId).OrderBy(a => a.Id).ToListAsync(ct);

    public Task<SubmissionAttachment?> FindAsync(int submissionId, int fileId, CancellationToken ct) =>
        db.Set<SubmissionAttachment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == fileId && a.SubmissionId == submissionId, ct);

    public Stream? Open(SubmissionAttachment file) => store.OpenRead(file.StoredPath);
}
