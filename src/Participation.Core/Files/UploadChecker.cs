using Microsoft.Extensions.Options;

namespace Participation.Core.Files;

/// <summary>The outcome of a check: the file's kind, or a localisation key (and argument) saying what is wrong.</summary>
public sealed record UploadCheck(FileKind? Kind, string? ErrorKey = null, object? ErrorArgument = null)
{
    public bool Ok => ErrorKey is null;
}

/// <summary>
/// Checks an upload before anything is stored: type by magic bytes (the name's extension must agree,
/// so a renamed executable is refused), size limits from <see cref="UploadOptions"/>.
/// </summary>
public sealed class UploadChecker(IOptions<UploadOptions> options)
{
    public UploadCheck Check(string fileName, ReadOnlySpan<byte> content, bool allowPdf = true)
    {
        if (content.Length == 0) return new(null, "Upload.Error.Empty");
        var kind = FileKinds.Detect(content[..Math.Min(content.Length, 16)]);
        if (kind is null || (kind == FileKind.Pdf && !allowPdf)) return new(null, allowPdf ? "Upload.Error.Type" : "Upload.Error.ImageType");
        if (!kind.Value.ExtensionFits(Path.GetExtension(fileName))) return new(null, "Upload.Error.Extension");
        var limit = kind.Value.IsImage() ? options.Value.MaxImageBytes : options.Value.MaxPdfBytes;
        if (content.Length > limit) return new(null, "Upload.Error.TooLarge", limit / (1024 * 1024));
        return new(kind);
    }

    /// <summary>The largest file any upload may be, for reading a request without holding more.</summary>
    public long MaxBytes => Math.Max(options.Value.MaxImageBytes, options.Value.MaxPdfBytes);
}
