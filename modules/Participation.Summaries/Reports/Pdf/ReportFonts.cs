using PdfSharp.Fonts;

namespace Participation.Summaries.Reports.Pdf;

/// <summary>
/// PDFsharp 6.5 is AGPL (as this project) and needs the licence call once; IPAex Gothic is embedded as a
/// subset, so pdftotext and screen readers get the Japanese text back exactly. The font resolver is
/// process-wide: whichever module registers first wins, and every module resolves to the same file.
/// </summary>
public static class ReportFonts
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

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new("ipaexg", bold, false);
        public byte[] GetFont(string faceName) => File.ReadAllBytes(FontPath);
    }
}
