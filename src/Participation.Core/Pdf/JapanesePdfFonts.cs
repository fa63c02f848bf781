using PdfSharp.Fonts;

namespace Participation.Core.Pdf;

/// <summary>
/// The one place PDFsharp is set up for Japanese: the AGPL licence call (PDFsharp 6.5 is AGPL, as this
/// project) and a font resolver answering every family with IPAex Gothic, embedded as a subset so
/// pdftotext and screen readers get the Japanese text back exactly. PDFsharp's resolver is process-wide,
/// so every module calls <see cref="Ensure"/> before its first <c>new PdfDocument()</c> and uses <see cref="Family"/>.
/// </summary>
public static class JapanesePdfFonts
{
    public const string Family = "IPAexGothic";
    public const string FontPath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";
    private static readonly Lock Gate = new();
    private static bool ready;

    public static void Ensure()
    {
        lock (Gate)
        {
            if (ready) return;
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver ??= new Resolver();
            ready = true;
        }
    }

    /// <summary>IPAex has one weight: bold is simulated by PDFsharp, italic is never used in Japanese text.</summary>
    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new("ipaexg", bold, false);
        public byte[] GetFont(string faceName) => File.ReadAllBytes(FontPath);
    }
}
