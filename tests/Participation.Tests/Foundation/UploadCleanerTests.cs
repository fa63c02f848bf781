using Microsoft.Extensions.Options;
using Participation.Core.Files;
using Participation.Tests.Drafts;

namespace Participation.Tests.Foundation;

public sealed class UploadCleanerTests
{
    private static UploadCleaner Cleaner(string root)
    {
        var options = Options.Create(new UploadOptions { MaxPdfBytes = 1000, MaxImageBytes = 1_000_000, Folder = "uploads" });
        return new UploadCleaner(new UploadChecker(options), new ImageReencoder(options), new FileStore(new AppDataPaths(root), options, TimeProvider.System));
    }

    [Theory]
    [InlineData(@"C:\Users\someone\Desktop\議事録.PDF", FileKind.Pdf, "議事録.pdf")]
    [InlineData("../../etc/passwd.pdf", FileKind.Pdf, "passwd.pdf")]
    [InlineData("写真\u0007.jpeg", FileKind.Jpeg, "写真.jpg")]
    [InlineData(".pdf", FileKind.Pdf, "attachment.pdf")]
    public void The_offered_name_keeps_only_the_base_name(string uploaded, FileKind kind, string offered) =>
        Assert.Equal(offered, UploadCleaner.OfferedName(uploaded, kind));

    [Fact]
    public async Task An_image_is_stored_re_encoded_and_a_fake_is_not_stored_at_all()
    {
        var root = Path.Combine(Path.GetTempPath(), "participation-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var cleaner = Cleaner(root);
            var (stored, check) = await cleaner.StoreAsync("test", "photo.jpg", ImageReencoderTests.JpegWithGps(300, 200), CancellationToken.None);
            Assert.True(check.Ok);
            Assert.Equal(("photo.jpg", "image/jpeg"), (stored!.FileName, stored.ContentType));
            var bytes = await File.ReadAllBytesAsync(Path.Combine(root, "uploads", stored.StoredPath));
            Assert.Equal(stored.Size, bytes.Length);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));

            var (fake, refused) = await cleaner.StoreAsync("test", "report.pdf", "MZ not a pdf"u8.ToArray(), CancellationToken.None);
            Assert.Null(fake);
            Assert.Equal("Upload.Error.Type", refused.ErrorKey);
            Assert.Single(Directory.GetFiles(Path.Combine(root, "uploads"), "*", SearchOption.AllDirectories));

            new FileStore(new AppDataPaths(root), Options.Create(new UploadOptions()), TimeProvider.System).Delete(stored.StoredPath);
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "uploads"), "*", SearchOption.AllDirectories));
        }
        finally { if (Directory.Exists(root)) Directory.Delete(root, recursive: true); }
    }
}
