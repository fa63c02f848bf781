using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Core.Data;
using Participation.Core.Files;

namespace Participation.Committees.Controllers;

/// <summary>A file of published minutes or materials. Until the document is published it does not exist for the public (404).</summary>
public sealed class CommitteeDocumentFilesController(ParticipationDbContext db, FileStore store) : Controller
{
    [HttpGet("/committees/{id:int}/documents/{docId:int}/files/{fileId:int}")]
    public async Task<IActionResult> Download(int id, int docId, int fileId, CancellationToken ct)
    {
        var file = await db.Set<CommitteeDocumentFile>().AsNoTracking()
            .Where(f => f.Id == fileId && f.DocumentId == docId
                && db.Set<CommitteeDocument>().Any(d => d.Id == docId && d.CommitteeId == id && d.IsPublished))
            .FirstOrDefaultAsync(ct);
        if (file is null || store.OpenRead(file.StoredPath) is not { } stream) return NotFound();
        DownloadHeaders.ApplyImagesInline(Response, file.FileName, file.ContentType);
        return File(stream, file.ContentType);
    }
}
