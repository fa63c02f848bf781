namespace Participation.Core.Files;

/// <summary>Section <c>Participation:Uploads</c>: size limits and image width for every upload on the site.</summary>
public sealed class UploadOptions
{
    public const string Section = "Participation:Uploads";
    public long MaxPdfBytes { get; set; } = 20 * 1024 * 1024;
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Images wider than this are scaled down for the web.</summary>
    public int MaxImageWidth { get; set; } = 1600;
    /// <summary>Folder under App_Data.</summary>
    public string Folder { get; set; } = "uploads";
}
