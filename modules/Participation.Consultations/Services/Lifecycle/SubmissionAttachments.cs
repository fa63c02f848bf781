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
public sealed class SubmissionAttachments(ParticipationDbContext db, UploadCleaner uploads,
    IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Consultations.SubmissionAttachment");

    /// <summary>A protected reference to the stored file, or the error key and argument.</summary>
    public async Task<(string? Reference, UploadCheck Check)> StageAsync(IFormFile file, CancellationToken ct)
    {
        var (stored, check) = await uploads.StoreAsync("submissions", file, ct);
        if (stored is null) return (null, check);
        var name = stored.FileName.Replace("|", "");
        return (protector.Protect($"{stored.StoredPath}|{name}|{stored.ContentType}|{stored.Size}"), check);
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
