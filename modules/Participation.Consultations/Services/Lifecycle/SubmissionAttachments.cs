using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Participation.Consultations.Models;
using Participation.Core.Data;
using Participation.Core.Files;

namespace Participation.Consultations.Services.Lifecycle;

/// <summary>
/// The optional file on the resident form. It is checked and stored at the confirmation step; the form then
/// carries a protected reference (tamper-proof) so the final POST attaches it without uploading again.
/// Kept for staff only.
/// </summary>
public sealed class SubmissionAttachments(ParticipationDbContext db, UploadChecker checker, ImageReencoder images, FileStore store,
    IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Consultations.SubmissionAttachment");

    /// <summary>A protected reference to the stored file, or the error key and argument.</summary>
    public async Task<(string? Reference, UploadCheck Check)> StageAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > checker.MaxBytes) return (null, new UploadCheck(null, "Upload.Error.TooLarge", checker.MaxBytes / (1024 * 1024)));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var check = checker.Check(file.FileName, content);
        if (!check.Ok) return (null, check);
        var kind = check.Kind!.Value;
        if (kind.IsImage())
        {
            if (images.Reencode(content, kind) is not { } clean) return (null, new UploadCheck(null, "Upload.Error.Broken"));
            (content, kind) = clean;
        }
        var path = await store.SaveAsync("submissions", content, kind, ct);
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName(file.FileName)).Replace("|", "");
        name = (name.Length == 0 ? "attachment" : name[..Math.Min(name.Length, 200)]) + kind.Extension();
        return (protector.Protect($"{path}|{name}|{kind.ContentType()}|{content.Length}"), check);
    }

    /// <summary>The file name a reference stands for (for the confirmation page), or null if it is not genuine.</summary>
    public string? NameOf(string? reference) => Read(reference)?[1];

    public async Task AttachAsync(int submissionId, string? reference, CancellationToken ct)
    {
        if (Read(reference) is not { } parts) return;
        db.Add(new SubmissionAttachment
        {
            SubmissionId = submissionId, StoredPath = parts[0], FileName = parts[1], ContentType = parts[2],
            Size = long.Parse(parts[3]), UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    private string[]? Read(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        try { return protector.Unprotect(reference).Split('|') is { Length: 4 } p ? p : null; }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
