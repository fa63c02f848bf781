namespace Participation.Core.Files;

/// <summary>The file types the site accepts, recognised by their first bytes, never by name.</summary>
public enum FileKind { Pdf, Png, Jpeg, Gif, WebP }

public static class FileKinds
{
    public static FileKind? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return FileKind.Png;
        if (head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })) return FileKind.Jpeg;
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return FileKind.Gif;
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return FileKind.WebP;
        return null;
    }

    public static bool IsImage(this FileKind kind) => kind != FileKind.Pdf;

    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Gif => "image/gif",
        _ => "image/webp",
    };

    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Png => ".png",
        FileKind.Jpeg => ".jpg",
        FileKind.Gif => ".gif",
        _ => ".webp",
    };

    /// <summary>Extensions a file of this kind may carry.</summary>
    public static bool ExtensionFits(this FileKind kind, string extension) => (kind, extension.ToLowerInvariant()) switch
    {
        (FileKind.Pdf, ".pdf") or (FileKind.Png, ".png") or (FileKind.Jpeg, ".jpg" or ".jpeg") or (FileKind.Gif, ".gif") or (FileKind.WebP, ".webp") => true,
        _ => false,
    };
}
