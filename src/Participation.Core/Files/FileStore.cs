using Microsoft.Extensions.Options;

namespace Participation.Core.Files;

/// <summary>
/// Stores checked uploads under App_Data with names the site makes up, never the uploader's, and
/// opens them again only inside that folder.
/// </summary>
public sealed class FileStore(AppDataPaths paths, IOptions<UploadOptions> options, TimeProvider clock)
{
    private string Root => Path.GetFullPath(paths.Resolve(options.Value.Folder));

    /// <summary>Saves the bytes; returns the path relative to the uploads folder (<c>drafts/2026/abc.pdf</c>).</summary>
    public async Task<string> SaveAsync(string area, byte[] content, FileKind kind, CancellationToken ct)
    {
        var relative = Path.Combine(area, clock.GetUtcNow().Year.ToString(), Guid.NewGuid().ToString("N") + kind.Extension());
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, content, ct);
        return relative.Replace('\\', '/');
    }

    /// <summary>The file, or null when it is missing or the path points outside the uploads folder.</summary>
    public Stream? OpenRead(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full)) return null;
        return File.OpenRead(full);
    }

    /// <summary>Removes the stored file (nothing happens when it is already gone or the path points outside the folder).</summary>
    public void Delete(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full)) File.Delete(full);
    }
}
