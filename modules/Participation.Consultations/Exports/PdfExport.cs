using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Participation.Consultations.Services;
using Participation.Core.Pdf;

namespace Participation.Consultations.Exports;

/// <summary>
/// 結果公示 as PDF with PDFsharp 6.5 (AGPL, like this project) and the IPAex Gothic font embedded as a subset.
/// </summary>
public static class PdfExport
{
    public static byte[] Write(RoundResults results)
    {
        JapanesePdfFonts.Ensure();
        var doc = new PdfDocument();
        doc.Info.Title = results.Round.Title + " 結果";
        var writer = new PageWriter(doc);
        writer.Line(results.Round.Title, 14);
        writer.Line("意見募集の結果", 12);
        writer.Line($"提出者数 {results.Totals.Submissions}件、意見数 {results.Totals.Opinions}件", 10);
        if (results.Round.ResultSummary is { } summary) writer.Wrap(summary, 10);
        foreach (var section in results.Sections)
        {
            writer.Line("", 6);
            writer.Line(section.Heading ?? "全体について", 12);
            foreach (var g in section.Groups)
            {
                writer.Wrap($"■ {g.Summary}（{g.Count}件）", 10);
                writer.Wrap($"反映区分：{g.Reflection?.Label(false) ?? "—"}", 9);
                writer.Wrap($"考え方：{g.Answer}", 9);
            }
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    /// <summary>Writes lines top to bottom, wrapping by measured width and adding pages as needed.</summary>
    internal sealed class PageWriter(PdfDocument doc)
    {
        private XGraphics? g;
        private double y;
        private const double Margin = 50;

        public void Line(string text, double size)
        {
            var font = new XFont(JapanesePdfFonts.Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            if (g is null || y + size * 1.6 > g.PageSize.Height - Margin) NewPage();
            if (text.Length > 0) g!.DrawString(text, font, XBrushes.Black, new XPoint(Margin, y));
            y += size * 1.6;
        }

        public void Wrap(string text, double size)
        {
            if (g is null) NewPage();
            var font = new XFont(JapanesePdfFonts.Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
            var width = g!.PageSize.Width - Margin * 2;
            var line = "";
            foreach (var ch in text.Replace("\n", ""))
            {
                if (g.MeasureString(line + ch, font).Width > width) { Line(line, size); line = ""; }
                line += ch;
            }
            Line(line, size);
        }

        private void NewPage()
        {
            g?.Dispose();
            g = XGraphics.FromPdfPage(doc.AddPage());
            y = Margin;
        }
    }
}
