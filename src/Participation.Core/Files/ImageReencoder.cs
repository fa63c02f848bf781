using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Participation.Core.Files;

/// <summary>
/// Decodes an uploaded image and encodes it afresh: metadata (EXIF, GPS position, camera) is not carried
/// over, oversized images are scaled to the web width, and a malformed image is refused rather than served.
/// </summary>
public sealed class ImageReencoder(IOptions<UploadOptions> options)
{
    /// <summary>The re-encoded bytes and their kind (GIF becomes PNG), or null when the image cannot be decoded.</summary>
    public (byte[] Bytes, FileKind Kind)? Reencode(byte[] content, FileKind kind)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(content));
        if (codec is null) return null;
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null) return null;
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var maxWidth = options.Value.MaxImageWidth;
        using var sized = oriented.Width > maxWidth
            ? oriented.Resize(new SKImageInfo(maxWidth, Math.Max(1, (int)Math.Round(oriented.Height * (double)maxWidth / oriented.Width))),
                new SKSamplingOptions(SKCubicResampler.Mitchell))
            : oriented.Copy();
        var (format, outKind) = kind switch
        {
            FileKind.Jpeg => (SKEncodedImageFormat.Jpeg, FileKind.Jpeg),
            FileKind.WebP => (SKEncodedImageFormat.Webp, FileKind.WebP),
            _ => (SKEncodedImageFormat.Png, FileKind.Png),
        };
        using var image = SKImage.FromBitmap(sized);
        using var data = image.Encode(format, 85);
        return data is null ? null : (data.ToArray(), outKind);
    }

    /// <summary>EXIF orientation is lost with the metadata, so it is applied to the pixels first.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (rotate, swap) = origin switch
        {
            SKEncodedOrigin.BottomRight => (180, false),
            SKEncodedOrigin.RightTop => (90, true),
            SKEncodedOrigin.LeftBottom => (270, true),
            _ => (0, false),
        };
        if (rotate == 0) return source.Copy();
        var result = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(result.Width / 2f, result.Height / 2f);
        canvas.RotateDegrees(rotate);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }
}
