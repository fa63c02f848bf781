using Microsoft.Extensions.Options;
using Participation.Core.Files;
using SkiaSharp;

namespace Participation.Tests.Drafts;

public sealed class ImageReencoderTests
{
    /// <summary>A real JPEG with an APP1 Exif segment whose IFD0 points to a GPS IFD (北緯35度).</summary>
    public static byte[] JpegWithGps(int width = 2400, int height = 1200)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 80);
        var jpeg = data.ToArray();
        var tiff = new List<byte>();
        tiff.AddRange("II*\0"u8.ToArray()); tiff.AddRange(BitConverter.GetBytes(8));
        // IFD0: one entry, GPSInfo (0x8825) → offset 26.
        tiff.AddRange(BitConverter.GetBytes((short)1));
        tiff.AddRange(BitConverter.GetBytes((ushort)0x8825)); tiff.AddRange(BitConverter.GetBytes((short)4)); tiff.AddRange(BitConverter.GetBytes(1)); tiff.AddRange(BitConverter.GetBytes(26));
        tiff.AddRange(BitConverter.GetBytes(0));
        // GPS IFD: GPSLatitudeRef = "N".
        tiff.AddRange(BitConverter.GetBytes((short)1));
        tiff.AddRange(BitConverter.GetBytes((short)1)); tiff.AddRange(BitConverter.GetBytes((short)2)); tiff.AddRange(BitConverter.GetBytes(2)); tiff.AddRange("N\0\0\0"u8.ToArray());
        tiff.AddRange(BitConverter.GetBytes(0));
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var app1 = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return jpeg.Take(2).Concat(app1).Concat(jpeg.Skip(2)).ToArray();
    }

    /// <summary>Marker bytes of the JPEG's segments up to the image data.</summary>
    public static List<byte> Markers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var i = 2;
        while (i + 4 <= jpeg.Length && jpeg[i] == 0xFF)
        {
            var marker = jpeg[i + 1];
            markers.Add(marker);
            if (marker == 0xDA) break;
            i += 2 + (jpeg[i + 2] << 8 | jpeg[i + 3]);
        }
        return markers;
    }

    [Fact]
    public void A_jpeg_with_exif_gps_comes_out_without_it_and_scaled_to_the_web_width()
    {
        var input = JpegWithGps();
        Assert.Contains((byte)0xE1, Markers(input));
        var result = new ImageReencoder(Options.Create(new UploadOptions { MaxImageWidth = 1600 })).Reencode(input, FileKind.Jpeg);
        Assert.NotNull(result);
        var (bytes, kind) = result.Value;
        Assert.Equal(FileKind.Jpeg, kind);
        Assert.DoesNotContain((byte)0xE1, Markers(bytes));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
        using var decoded = SKBitmap.Decode(bytes);
        Assert.Equal(1600, decoded.Width);
        Assert.Equal(800, decoded.Height);
    }

    [Fact]
    public void The_checker_goes_by_content_and_refuses_a_fake_extension_or_an_oversized_file()
    {
        var checker = new UploadChecker(Options.Create(new UploadOptions { MaxPdfBytes = 100, MaxImageBytes = 1_000_000 }));
        var pdf = "%PDF-1.7\n"u8.ToArray();
        Assert.Equal(FileKind.Pdf, checker.Check("資料.pdf", pdf).Kind);
        Assert.Equal("Upload.Error.Extension", checker.Check("資料.png", pdf).ErrorKey);
        Assert.Equal("Upload.Error.Extension", checker.Check("photo.pdf", JpegWithGps(10, 10)).ErrorKey);
        Assert.Equal("Upload.Error.Type", checker.Check("setup.pdf", "MZ\x90\0 not a pdf"u8.ToArray()).ErrorKey);
        Assert.Equal("Upload.Error.TooLarge", checker.Check("big.pdf", pdf.Concat(new byte[200]).ToArray()).ErrorKey);
        Assert.Equal("Upload.Error.Empty", checker.Check("empty.pdf", []).ErrorKey);
    }
}
