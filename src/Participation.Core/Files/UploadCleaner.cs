using Microsoft.AspNetCore.Http;

namespace Participation.Core.Files;

/// <summary>An upload that passed the checks, ready to store: the bytes (images already re-encoded) and the name to offer.</summary>
public sealed record CleanUpload(byte[] Content, FileKind Kind, string FileName)
{
    public string ContentType => Kind.ContentType();
}

/// <summary>A checked upload as stored: the path under the uploads folder, the name to offer, its type and size.</summary>
public sealed record StoredUpload(string StoredPath, string FileName, string ContentType, long Size, FileKind Kind);

/// <summary>
/// The one way an upload becomes a stored file: its type is read from the magic bytes (the extension must agree),
/// its size is checked, an image is decoded and encoded afresh (no EXIF, GPS or camera data survives), and the
/// bytes are saved under a name the site makes up. The offered name keeps only the uploader's base name.
/// A form with other fields can <see cref="CleanAsync"/> first and <see cref="SaveAsync"/> only once everything is valid.
/// </summary>
public sealed class UploadCleaner(UploadChecker checker, ImageReencoder images, FileStore store)
{
    public long MaxBytes => checker.MaxBytes;

    /// <summary>Reads the form file (one over the site's limit is refused before it is buffered) and cleans it.</summary>
    public async Task<(CleanUpload? File, UploadCheck Check)> CleanAsync(IFormFile? file, CancellationToken ct, bool allowPdf = true)
    {
        if (file is null) return (null, new UploadCheck(null, "Upload.Error.Missing"));
        if (file.Length > checker.MaxBytes) return (null, new UploadCheck(null, "Upload.Error.TooLarge", checker.MaxBytes / (1024 * 1024)));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return Clean(file.FileName, buffer.ToArray(), allowPdf);
    }

    /// <summary>The checked (and for images re-encoded) file, or the failed check (a localisation key; its argument is the limit in MB).</summary>
    public (CleanUpload? File, UploadCheck Check) Clean(string fileName, byte[] content, bool allowPdf = true)
    {
        var check = checker.Check(fileName, content, allowPdf);
        if (!check.Ok) return (null, check);
        var kind = check.Kind!.Value;
        if (kind.IsImage())
        {
            if (images.Reencode(content, kind) is not { } clean) return (null, new UploadCheck(null, "Upload.Error.Broken"));
            (content, kind) = clean;
        }
        return (new CleanUpload(content, kind, OfferedName(fileName, kind)), check);
    }

    public async Task<StoredUpload> SaveAsync(string area, CleanUpload file, CancellationToken ct) =>
        new(await store.SaveAsync(area, file.Content, file.Kind, ct), file.FileName, file.ContentType, file.Content.Length, file.Kind);

    /// <summary>Clean and save in one step.</summary>
    public async Task<(StoredUpload? File, UploadCheck Check)> StoreAsync(string area, string fileName, byte[] content, CancellationToken ct, bool allowPdf = true)
    {
        var (clean, check) = Clean(fileName, content, allowPdf);
        return clean is null ? (null, check) : (await SaveAsync(area, clean, ct), check);
    }

    /// <summary>Clean and save a form file in one step.</summary>
    public async Task<(StoredUpload? File, UploadCheck Check)> StoreAsync(string area, IFormFile? file, CancellationToken ct, bool allowPdf = true)
    {
        var (clean, check) = await CleanAsync(file, ct, allowPdf);
        return clean is null ? (null, check) : (await SaveAsync(area, clean, ct), check);
    }

    /// <summary>The uploader's base name (no folders, no control characters, at most 200 characters) with the extension of what is stored.</summary>
    public static string OfferedName(string fileName, FileKind kind)
    {
        var name = new string(Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/'))).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return (name.Length == 0 ? "attachment" : name[..Math.Min(name.Length, 200)]) + kind.Extension();
    }
}
